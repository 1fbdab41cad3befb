/**
 * Reading position as an anchor (docs/architecture.md rule 7): the block whose text sits at the top of the viewport and
 * the character offset of the first visible line inside it. Reading it and scrolling back to it are inverse
 * operations: restoring an anchor and reading it again gives the same anchor, at any font size or width.
 */
import type { ReadingAnchor } from '../../electron/shared/models.ts';
import { characterAt, textOffsetOfPoint } from '../text-position/text-offsets.ts';

/**
 * How far below the viewport's top edge the anchored line's glyphs sit after a restore: just under the reader's
 * bar (52px, --bar-height) with a little air, so the sentence you left is the first one you see when the bar is
 * showing, and a few lines of context appear above it once the bar fades.
 */
export const TOP_INSET = 64;
/** Where the anchor is sampled: inside the glyphs of a line whose top is at TOP_INSET. */
const SAMPLE_DEPTH = 3;

/** The index of the first block whose bottom is below y (blocks are in document order, so top-down). */
function firstBlockBelow(blocks: readonly Element[], y: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom > y) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The anchor at the top of the document's viewport, or null when nothing is scrolled past the start. */
export function readAnchor(doc: Document, blocks: readonly Element[]): ReadingAnchor | null {
  const view = doc.defaultView;
  if (!view || blocks.length === 0 || view.scrollY <= 0) return null;
  const y = TOP_INSET + SAMPLE_DEPTH;
  const index = firstBlockBelow(blocks, y);
  if (index < 0) return { block: blocks.length - 1, offset: 0 };
  const block = blocks[index]!;
  const rect = block.getBoundingClientRect();
  // The block starts at or below the line: the reader is at its beginning.
  if (rect.top >= y - SAMPLE_DEPTH) return { block: index, offset: 0 };
  const style = view.getComputedStyle(block);
  const rtl = style.direction === 'rtl';
  const padStart = parseFloat(rtl ? style.paddingRight : style.paddingLeft) || 0;
  const x = rtl ? rect.right - padStart - 2 : rect.left + padStart + 2;
  const caret = caretAt(doc, Math.max(0, Math.min(x, view.innerWidth - 1)), y);
  const offset = caret ? textOffsetOfPoint(block, caret.node, caret.offset) : null;
  return { block: index, offset: offset ?? 0 };
}

/** Where in viewport coordinates the anchored character's line starts (glyph top), or null if the block is gone. */
function anchorTop(doc: Document, blocks: readonly Element[], anchor: ReadingAnchor): number | null {
  const block = blocks[Math.min(anchor.block, blocks.length - 1)];
  if (!block) return null;
  if (anchor.offset > 0) {
    const located = characterAt(block, anchor.offset);
    if (located) {
      const range = doc.createRange();
      range.setStart(located.node, located.offset);
      range.setEnd(located.node, Math.min(located.offset + 1, located.node.data.length));
      const rects = range.getClientRects();
      // A character split by hyphenation or a line wrap has one box per line; the last is the line it starts.
      const rect = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
      if (rect.height > 0) return rect.top;
    }
  }
  return block.getBoundingClientRect().top;
}

/** Scrolls the document so the anchor's line sits at the top; returns the scrollY it set. */
export function scrollToAnchor(doc: Document, blocks: readonly Element[], anchor: ReadingAnchor | null): number {
  const view = doc.defaultView;
  if (!view) return 0;
  if (!anchor) {
    view.scrollTo({ top: 0, behavior: 'instant' });
    return view.scrollY;
  }
  const top = anchorTop(doc, blocks, anchor);
  if (top === null) return view.scrollY;
  view.scrollTo({ top: Math.round(view.scrollY + top - TOP_INSET), behavior: 'instant' });
  return view.scrollY;
}

/** How far through the document the viewport is, 0..1 (a document that fits the window is read to the end). */
export function scrollFraction(doc: Document): number {
  const view = doc.defaultView;
  const root = doc.scrollingElement ?? doc.documentElement;
  if (!view) return 0;
  const max = root.scrollHeight - view.innerHeight;
  if (max <= 1) return 1;
  return Math.min(1, Math.max(0, view.scrollY / max));
}
