// Converting between DOM ranges (a selection in the reader) and offsets into the article's plain
// text (what highlights store, via describeRange in electron/shared/annotations).
import { createTextIndex, offsetAtPoint, pointAtOffset, type TextIndex } from './text-index.ts';

/** The boundary points of a range; Range, StaticRange and plain objects all qualify. */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface TextOffsets {
  start: number;
  end: number;
}

/** Offsets of `range` in root.textContent, clamped to root when the range reaches outside it. */
export function textOffsetsFromRange(root: Node | TextIndex, range: RangeLike): TextOffsets {
  const index = 'nodes' in root ? root : createTextIndex(root);
  const start = offsetAtPoint(index, range.startContainer, range.startOffset);
  const end = offsetAtPoint(index, range.endContainer, range.endOffset);
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The boundary points for text offsets [start, end) under root, without needing a live Range. */
export function rangePointsFromTextOffsets(root: Node | TextIndex, start: number, end: number): RangeLike {
  const index = 'nodes' in root ? root : createTextIndex(root);
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const s = pointAtOffset(index, from, 'start');
  // An empty range is one point; resolving its end separately could put it in the previous node.
  const e = to === from ? s : pointAtOffset(index, to, 'end');
  return { startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset };
}

/** A live DOM Range covering text offsets [start, end) of root.textContent. */
export function rangeFromTextOffsets(root: Node | TextIndex, start: number, end: number): Range {
  const index = 'nodes' in root ? root : createTextIndex(root);
  const points = rangePointsFromTextOffsets(index, start, end);
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const range = doc.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}
