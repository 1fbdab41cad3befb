/**
 * The keyboard selection's caret, drawn inside the article document: a read-only page shows no caret of its
 * own, and a collapsed DOM selection is invisible. It sits outside #article-body, so it is never part of the
 * text that offsets, highlights and reading positions count. The iframe runs no script; this is the parent's.
 */

const STYLE_ID = 'lectern-kbd-caret-styles';

// The frame's CSP allows inline styles; its tokens give the theme's focus colour, so light, sepia and dark agree.
const STYLESHEET = `
.lectern-kbd-caret {
  position: absolute;
  width: 2px;
  margin-inline-start: -1px;
  background: var(--focus-ring, #2b5c8f);
  border-radius: 1px;
  pointer-events: none;
  z-index: 2;
  animation: lectern-kbd-blink 1.1s steps(1, end) infinite;
}
@keyframes lectern-kbd-blink { 50% { opacity: 0.25; } }
@media (prefers-reduced-motion: reduce) { .lectern-kbd-caret { animation: none; } }
`;

export interface FrameCaret {
  /** Draws the caret at a box in the frame's viewport (it is kept in page coordinates, so scrolling carries it). */
  place(box: { top: number; left: number; height: number } | null): void;
  remove(): void;
}

/** Adds the caret (and its stylesheet, once) to the article document. */
export function createFrameCaret(doc: Document): FrameCaret {
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLESHEET;
    doc.head.appendChild(style);
  }
  const caret = doc.createElement('div');
  caret.className = 'lectern-kbd-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.hidden = true;
  doc.body.appendChild(caret);
  return {
    place(box) {
      const view = doc.defaultView;
      caret.hidden = box === null || !view;
      if (!box || !view) return;
      caret.style.top = `${box.top + view.scrollY}px`;
      caret.style.left = `${box.left + view.scrollX}px`;
      caret.style.height = `${box.height}px`;
      // Restart the blink, so the caret is solid the moment it lands.
      caret.getAnimations?.().forEach((animation) => {
        animation.currentTime = 0;
      });
    },
    remove() {
      caret.remove();
    },
  };
}
