/**
 * The reader's text selection inside the article iframe, as highlights need it: offsets into the body text
 * (what core stores), the words themselves, and the first and last line boxes (where a toolbar may go).
 */
import { textOffsetsFromRange } from '../text-position/text-offsets.ts';
import type { Box } from './floating-position.ts';

export interface FrameSelection {
  start: number;
  end: number;
  quote: string;
  /** First and last line of the selection, in the iframe's viewport. */
  first: Box;
  last: Box;
}

function plainBox(rect: DOMRect): Box {
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

/** Line boxes of a range with some width (empty boxes at element edges are noise). */
function lineBoxes(rects: Iterable<DOMRect>): Box[] {
  return [...rects].filter((r) => r.width > 0.5 && r.height > 0).map(plainBox);
}

/** The current selection in the article body, or null when there is none worth highlighting. */
export function readFrameSelection(doc: Document, body: HTMLElement): FrameSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(body)) return null;
  const { start, end } = textOffsetsFromRange(body, range);
  const text = body.textContent ?? '';
  const quote = text.slice(start, end);
  if (end <= start || !/\S/.test(quote)) return null;
  const boxes = lineBoxes(range.getClientRects());
  const first = boxes[0] ?? plainBox(range.getBoundingClientRect());
  const last = boxes[boxes.length - 1] ?? first;
  return { start, end, quote, first, last };
}

/** First and last line boxes of painted marks (in the iframe's viewport), or null when none is laid out. */
export function markBoxes(marks: readonly HTMLElement[]): { first: Box; last: Box } | null {
  const boxes = marks.flatMap((m) => lineBoxes(m.getClientRects()));
  if (boxes.length === 0) return null;
  return { first: boxes[0] as Box, last: boxes[boxes.length - 1] as Box };
}
