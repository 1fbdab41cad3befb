/**
 * A small menu for one item (a tag, a saved search): a button that opens a native popover (light dismiss
 * and Esc for free) placed under it, or at the pointer on right-click. The arrows move between items, and
 * focus goes back to the button when it closes.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MoreIcon } from './icons.tsx';
import './menu-popover.css';

interface Props {
  /** The button's accessible name, e.g. "Actions for tag reading". */
  label: string;
  /** Menu content: MenuItem buttons and anything else (a row of swatches). Called with close. */
  children: (close: () => void) => ComponentChildren;
  /** Set to a point to open there (right-click on the item); cleared through onOpened. */
  openAt?: { x: number; y: number } | null;
  onOpened?: () => void;
}

const ITEMS = '[role^="menuitem"]:not([disabled])';

export function MenuButton({ label, children, openAt, onOpened }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);

  useLayoutEffect(() => {
    if (!openAt) return;
    setAt(openAt);
    onOpened?.();
  }, [openAt]);

  useLayoutEffect(() => {
    const el = menu.current;
    if (!at || !el) return;
    el.showPopover();
    // Keep it inside the window: flip left or up when it would run off an edge.
    const { width, height } = el.getBoundingClientRect();
    el.style.left = `${Math.max(8, Math.min(at.x, window.innerWidth - width - 8))}px`;
    el.style.top = `${at.y + height > window.innerHeight - 8 ? Math.max(8, at.y - height - 36) : at.y}px`;
    el.querySelector<HTMLElement>(ITEMS)?.focus();
  }, [at]);

  const close = () => menu.current?.hidePopover();
  const openBelow = () => {
    const rect = button.current!.getBoundingClientRect();
    setAt({ x: rect.left, y: rect.bottom + 4 });
  };
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    setAt(null);
    if (menu.current?.contains(document.activeElement) || document.activeElement === document.body) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...menu.current!.querySelectorAll<HTMLElement>(ITEMS)];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        class="icon-btn menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={() => (at ? close() : openBelow())}
      >
        <MoreIcon />
      </button>
      {at && (
        <div ref={menu} class="popover menu-popover" popover="auto" role="menu" aria-label={label} onToggle={onToggle} onKeyDown={onKeyDown}>
          {children(close)}
        </div>
      )}
    </>
  );
}

/** One action in a MenuButton's menu; it closes the menu before it runs. */
export function MenuItem({ label, onSelect, danger, close }: { label: string; onSelect: () => void; danger?: boolean; close: () => void }) {
  return (
    <button
      type="button"
      role="menuitem"
      class={`menu-item${danger ? ' menu-item-danger' : ''}`}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      {label}
    </button>
  );
}
