/**
 * The passage a search found, marked in the article: painted like highlights (wrapper elements that never
 * change the text, so stored offsets stay valid), in its own style, and cleared on Esc, a click or leaving.
 */
import { paintHighlights, unwrap } from '../highlights/paint-highlights.ts';

const STYLE_ID = 'lectern-search-hit-styles';

/**
 * A warm tint with a firmer ring, unlike any highlight colour; each tint keeps the theme's body text at 7:1
 * or better (sepia's is the palest, as its text is the lightest against paper).
 */
const STYLES = `
:root { --lectern-hit-bg: #ffdcae; --lectern-hit-ring: #d9770b; }
:root[data-theme='sepia'] { --lectern-hit-bg: #fbe6c2; --lectern-hit-ring: #b8651b; }
:root[data-theme='dark'] { --lectern-hit-bg: #4a3116; --lectern-hit-ring: #e8953a; }
mark.lectern-search-hit {
  color: inherit;
  background: var(--lectern-hit-bg);
  box-shadow: 0 0 0 1.5px var(--lectern-hit-ring);
  border-radius: 0.15em;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
  animation: lectern-hit-in 0.9s ease-out 1;
}
@keyframes lectern-hit-in {
  0% { box-shadow: 0 0 0 6px color-mix(in srgb, var(--lectern-hit-ring) 45%, transparent); }
  100% { box-shadow: 0 0 0 1.5px var(--lectern-hit-ring); }
}
@media (prefers-reduced-motion: reduce) {
  mark.lectern-search-hit { animation: none; }
}
`;

interface SearchHit {
  /** The first painted piece, to scroll to; null when the range fell outside the text. */
  readonly first: HTMLElement | null;
  /** Takes the mark away again; false when it was already gone. */
  clear(): boolean;
}

/** Marks text offsets [start, end) of body (its textContent, as core's bodyRange counts them). */
export function paintSearchHit(doc: Document, body: HTMLElement, range: { start: number; end: number }): SearchHit {
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLES;
    doc.head.appendChild(style);
  }
  const length = body.textContent?.length ?? 0;
  const start = Math.max(0, Math.min(range.start, length));
  const end = Math.max(start, Math.min(range.end, length));
  const [marks = []] = paintHighlights(body, [{ start, end }], () => {
    const mark = doc.createElement('mark');
    mark.className = 'lectern-search-hit';
    mark.dataset.testid = 'search-hit';
    return mark;
  });
  let painted = marks;
  return {
    first: painted[0] ?? null,
    clear() {
      if (painted.length === 0) return false;
      unwrap(painted);
      painted = [];
      return true;
    },
  };
}
