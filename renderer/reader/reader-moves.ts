/**
 * Whether the reader has done anything that could move the page (a wheel, a key, a touch, a press) since a book
 * was first shown while still arriving. Scroll events cannot tell: while the rest of a book arrives the browser
 * scrolls by itself (late faces reflow the lines, chunks get their real heights), and a place read from the view
 * after that is the saved paragraph at the wrong line.
 */

const MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

export interface ReaderMoves {
  moved(): boolean;
  stop(): void;
}

/** Watches each target (the article's document, the app's window) until stop(). */
export function watchReaderMoves(targets: readonly EventTarget[]): ReaderMoves {
  let moved = false;
  const onMove = () => {
    moved = true;
  };
  for (const target of targets) for (const type of MOVES) target.addEventListener(type, onMove, { capture: true, passive: true });
  return {
    moved: () => moved,
    stop() {
      for (const target of targets) for (const type of MOVES) target.removeEventListener(type, onMove, { capture: true });
    },
  };
}
