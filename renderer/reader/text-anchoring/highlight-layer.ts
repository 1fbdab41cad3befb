// The two round trips the reader needs, composed from the pieces: a selection becomes stored
// selectors, and stored selectors become painted marks in the current article text.
import { anchorAll, type AnchorResult } from '../../../electron/shared/annotations/anchor.ts';
import { describeRange, type TextPositionSelector, type TextQuoteSelector, type TextSelector } from '../../../electron/shared/annotations/selectors.ts';
import { paintHighlights } from './paint-highlights.ts';
import { textOffsetsFromRange, type RangeLike } from './text-offsets.ts';

/** Selectors for a selection inside root; null when it holds no visible text (collapsed, only whitespace). */
export function describeSelection(root: Node, range: RangeLike): [TextQuoteSelector, TextPositionSelector] | null {
  const text = root.textContent ?? '';
  const { start, end } = textOffsetsFromRange(root, range);
  if (!/\S/.test(text.slice(start, end))) return null;
  return describeRange(text, start, end);
}

export interface PaintedHighlights {
  /** Per input, where it landed in root.textContent, or null when orphaned. */
  anchors: (AnchorResult | null)[];
  /** Per input, its wrapper elements in document order (empty when orphaned). */
  marks: HTMLElement[][];
}

/** Re-anchor stored highlights in root's current text and paint the ones found. */
export function anchorAndPaint(root: Node, highlights: readonly (readonly TextSelector[])[], makeElement: (index: number) => HTMLElement): PaintedHighlights {
  const anchors = anchorAll(root.textContent ?? '', highlights);
  // Orphans get an empty span, so indexes line up with the input.
  const spans = anchors.map((a) => a ?? { start: 0, end: 0 });
  return { anchors, marks: paintHighlights(root, spans, makeElement) };
}
