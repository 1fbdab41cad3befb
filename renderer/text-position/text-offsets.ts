// Converting between DOM positions and offsets into a root's plain text (root.textContent): ranges for
// highlights (a selection in the reader, offsets into #article-body as core stores them via describeRange
// in electron/shared/annotations), single points for the reading anchor (a caret inside one block).
import { createTextIndex, indexedLength, offsetAtPoint, pointAtOffset, type TextIndex } from './text-index.ts';

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

function indexOf(root: Node | TextIndex): TextIndex {
  return 'nodes' in root ? root : createTextIndex(root);
}

/** Offsets of `range` in root.textContent, clamped to root when the range reaches outside it. */
export function textOffsetsFromRange(root: Node | TextIndex, range: RangeLike): TextOffsets {
  const index = indexOf(root);
  const start = offsetAtPoint(index, range.startContainer, range.startOffset);
  const end = offsetAtPoint(index, range.endContainer, range.endOffset);
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The boundary points for text offsets [start, end) under root, without needing a live Range. */
export function rangePointsFromTextOffsets(root: Node | TextIndex, start: number, end: number): RangeLike {
  const index = indexOf(root);
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const s = pointAtOffset(index, from, 'start');
  // An empty range is one point; resolving its end separately could put it in the previous node.
  const e = to === from ? s : pointAtOffset(index, to, 'end');
  return { startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset };
}

/** A live DOM Range covering text offsets [start, end) of root.textContent. */
export function rangeFromTextOffsets(root: Node | TextIndex, start: number, end: number): Range {
  const index = indexOf(root);
  const points = rangePointsFromTextOffsets(index, start, end);
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const range = doc.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/**
 * The text offset within root of a DOM point (node, offset) as a caret API reports it, or null when the
 * point is outside root (a caret that landed in the next block tells nothing about this one).
 */
export function textOffsetOfPoint(root: Node, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  return offsetAtPoint(createTextIndex(root), node, offset);
}

/** The text node and local offset of the character at `offset` in root's text, clamped to the last character. */
export function characterAt(root: Node, offset: number): { node: Text; offset: number } | null {
  const index = createTextIndex(root);
  const total = indexedLength(index);
  if (total === 0) return null;
  const point = pointAtOffset(index, Math.max(0, Math.min(offset, total - 1)), 'start');
  return { node: point.node as Text, offset: point.offset };
}
