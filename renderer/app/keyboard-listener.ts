/** The single keydown listener behind the shortcut registry. */
import { findShortcut } from './shortcuts.ts';
import { isMac } from './platform.ts';

/** True when keys typed now are text for a field rather than commands. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

export function installKeyboardListener(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    // An open popover (the theme menu) closes on Esc by itself; a shortcut must not swallow that key.
    if (event.key === 'Escape' && document.querySelector(':popover-open')) return;
    // Enter and Space belong to the focused button or link (a filter chip, Undo), not to a view shortcut.
    if ((event.key === 'Enter' || event.key === ' ') && isActivatable(event.target)) return;
    const shortcut = findShortcut(event, isTextField(event.target), isMac);
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
