/**
 * A modal dialog on the native <dialog> element: showModal() makes the page beneath inert, Tab is wrapped
 * inside, Esc and a backdrop click close it, and focus goes back to where it was when it opens and closes.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { modalDepth } from '../app/shortcuts.ts';
import { trapTab } from './focusables.ts';
import './dialog.css';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** Accessible name; shown as the heading unless hideTitle. */
  title: string;
  hideTitle?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function Dialog(props: DialogProps) {
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ onClose, title, hideTitle, class: className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // Its own id: a dialog opened over another (a browser asking to pair over settings) must not take the other's name.
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    modalDepth.value++;
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]');
    autofocus?.focus({ preventScroll: true }); // a Close button at the end must not scroll the dialog to its end
    return () => {
      modalDepth.value--;
      if (dialog.open) dialog.close();
      // The element may be gone (e.g. a row that scrolled away): then focus falls back to the body.
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, []);

  const onCancel = (event: Event) => {
    event.preventDefault(); // the state closes the dialog, so both stay in step
    closeRef.current();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // the app's shortcuts must not fire underneath
    if (event.key === 'Escape') {
      event.preventDefault();
      closeRef.current();
      return;
    }
    trapTab(event, ref.current!);
  };
  const onClick = (event: MouseEvent) => {
    if (event.target === ref.current) closeRef.current(); // a click on the backdrop
  };

  return (
    <dialog
      ref={ref}
      class={`dialog ${className ?? ''}`}
      aria-label={hideTitle ? title : undefined}
      aria-labelledby={hideTitle ? undefined : titleId}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <div class="dialog-body">
        {!hideTitle && (
          <h2 id={titleId} class="dialog-title">
            {title}
          </h2>
        )}
        {children}
      </div>
    </dialog>
  );
}
