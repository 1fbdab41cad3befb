/**
 * What the highlight layer listens to in the article document: the selection settling (after a drag, or
 * keyboard selection), clicks on marks, the few keys it answers itself, and scrolling or resizing that
 * moves floating things. The iframe runs no script; these listeners are the parent's.
 */

interface FrameEventHandlers {
  /** The selection may have changed and the pointer is up: read it again. */
  selectionChanged(): void;
  /** A drag began: hide the toolbar until it ends. */
  dragStarted(): void;
  /** A click with nothing selected. */
  clicked(target: EventTarget | null): void;
  /** Esc; true when it was used (the reader must then not leave the article). */
  escape(): boolean;
  /** `n` without modifiers; true when it was used. */
  noteKey(): boolean;
  layoutChanged(): void;
}

/** How long a keyboard-made selection has to rest before the toolbar shows. */
const SETTLE_MS = 120;

/** Adds the listeners; returns the function that removes them. */
export function wireFrameEvents(doc: Document, view: Window, on: FrameEventHandlers): () => void {
  let pointerDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => !pointerDown && on.selectionChanged(), ms);
  };
  const onSelectionChange = () => {
    // While dragging, the toolbar would chase the pointer; it appears when the button is released.
    if (pointerDown) on.dragStarted();
    else later(SETTLE_MS);
  };
  const onPointerDown = () => {
    pointerDown = true;
  };
  const onPointerUp = () => {
    pointerDown = false;
    later(0);
  };
  const onClick = (event: MouseEvent) => {
    // A highlighted link stays a link: the reader follows it, the popover stays shut.
    const inLink = (event.target as Element | null)?.closest?.('a[href]');
    if (!inLink && doc.getSelection()?.isCollapsed !== false) on.clicked(event.target);
  };
  // Capture phase, so these run before the reader's own key handling (which skips prevented events).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const used = event.key === 'Escape' ? on.escape() : event.key === 'n' && !event.shiftKey ? on.noteKey() : false;
    if (used) event.preventDefault();
  };
  // Scroll fires many times a frame; floating things are re-measured once per frame at most.
  let frame = 0;
  const onLayout = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      on.layoutChanged();
    });
  };
  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('scroll', onLayout, { passive: true });
  view.addEventListener('resize', onLayout);
  window.addEventListener('resize', onLayout);
  // A font, size or width change reflows the text without resizing any window.
  // The iframe's own constructor: an observer from another realm may not see this document's elements.
  const Observer = (view as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const reflow = Observer ? new Observer(onLayout) : null;
  reflow?.observe(doc.body);
  return () => {
    reflow?.disconnect();
    clearTimeout(timer);
    if (frame) view.cancelAnimationFrame(frame);
    doc.removeEventListener('selectionchange', onSelectionChange);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('pointerup', onPointerUp, true);
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown, true);
    view.removeEventListener('scroll', onLayout);
    view.removeEventListener('resize', onLayout);
    window.removeEventListener('resize', onLayout);
  };
}
