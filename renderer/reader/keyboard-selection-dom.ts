/**
 * The DOM side of keyboard selection, inside the article iframe: the body's readable blocks as text offsets
 * (rebuilt only when the body changes, so a body that arrives in pieces is followed), the real DOM Selection
 * set from offsets and read back, where on screen an offset is, and scrolling it into view.
 */
import { createTextIndex, offsetAtPoint, pointAtOffset, type TextIndex } from '../text-position/text-index.ts';
import { readingBlocks } from './reading-blocks.ts';
import { TOP_INSET } from './reading-anchor.ts';
import type { TextBlock } from './keyboard-selection-moves.ts';

export interface ArticleText {
  /** The whole body's text (what highlight offsets count in). */
  text: string;
  blocks: TextBlock[];
  /** The block elements, in the same order as blocks. */
  elements: Element[];
  index: TextIndex;
}

/** Room kept above the caret (about two lines) and below it (that, and the mode's card over the lower corner). */
const MARGIN_ABOVE = 56;
const MARGIN_BELOW = 128;
/** Where a caret that went off screen is brought back to, as a fraction of the view below the bar. */
const LANDING = 0.4;

function measure(body: HTMLElement): ArticleText {
  const index = createTextIndex(body);
  const text = index.nodes.map((node) => node.data).join('');
  const elements = readingBlocks(body);
  const blocks = elements.map((element) => {
    const start = offsetAtPoint(index, element, 0);
    return { start, text: text.slice(start, start + (element.textContent ?? '').length) };
  });
  return { text, blocks, elements, index };
}

/** The body's text and blocks, measured again only after the body has changed. */
export function watchArticleText(body: HTMLElement): { current(): ArticleText; dispose(): void } {
  let cached: ArticleText | null = null;
  // The iframe's own constructor, as for its ResizeObserver: the frame's nodes belong to its realm.
  const view = body.ownerDocument.defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
  const Observer = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => (cached = null));
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return {
    current: () => (cached ??= measure(body)),
    dispose: () => observer.disconnect(),
  };
}

/** Puts the DOM selection on the span from `base` to `extent` (in that direction; equal offsets: a caret). */
export function applySelection(doc: Document, article: ArticleText, base: number, extent: number): void {
  const forward = base <= extent;
  const from = pointAtOffset(article.index, base, forward ? 'start' : 'end');
  const to = base === extent ? from : pointAtOffset(article.index, extent, forward ? 'end' : 'start');
  doc.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

/** The DOM selection's anchor and focus as text offsets, or null when there is none inside the body. */
export function readSelection(doc: Document, article: ArticleText): { anchor: number; focus: number } | null {
  const selection = doc.getSelection();
  const body = article.index.root;
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!body.contains(selection.anchorNode) || !body.contains(selection.focusNode)) return null;
  return {
    anchor: offsetAtPoint(article.index, selection.anchorNode, selection.anchorOffset),
    focus: offsetAtPoint(article.index, selection.focusNode, selection.focusOffset),
  };
}

function laidOut(rect: DOMRect | undefined): rect is DOMRect {
  return rect !== undefined && rect.height > 0;
}

/** Where a caret at this offset stands, in the frame's viewport: a line-high box of no width. */
export function caretBox(doc: Document, article: ArticleText, offset: number, rtl: boolean): { top: number; left: number; height: number } | null {
  const range = doc.createRange();
  const at = pointAtOffset(article.index, offset, 'start');
  range.setStart(at.node, at.offset);
  range.collapse(true);
  const collapsed = range.getClientRects()[0];
  if (laidOut(collapsed)) return { top: collapsed.top, left: collapsed.left, height: collapsed.height };
  // A collapsed range at the edge of an element, or in a gap between blocks, has no box: use the next character's
  // leading edge, or failing that (the end of the article) the previous character's trailing edge.
  if (at.node.nodeType === 3 && at.offset < (at.node as Text).data.length) {
    range.setStart(at.node, at.offset);
    range.setEnd(at.node, at.offset + 1);
    const box = range.getClientRects()[0];
    if (laidOut(box)) return { top: box.top, left: rtl ? box.right : box.left, height: box.height };
  }
  const previous = pointAtOffset(article.index, offset, 'end');
  if (previous.node.nodeType === 3 && previous.offset > 0) {
    range.setStart(previous.node, previous.offset - 1);
    range.setEnd(previous.node, previous.offset);
    const boxes = range.getClientRects();
    const box = boxes[boxes.length - 1];
    if (laidOut(box)) return { top: box.top, left: rtl ? box.left : box.right, height: box.height };
  }
  return null;
}

/** Whether the block holding this offset reads right to left. */
export function isRightToLeft(article: ArticleText, offset: number): boolean {
  const i = article.blocks.findLastIndex((block) => block.start <= offset);
  const element = article.elements[Math.max(0, i)] ?? article.index.root;
  const view = element.ownerDocument?.defaultView;
  return view ? view.getComputedStyle(element as Element).direction === 'rtl' : false;
}

/** The first block whose text shows below the reader's bar; -1 when none does. */
function firstVisibleBlock(elements: readonly Element[]): number {
  let lo = 0;
  let hi = elements.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((elements[mid] as Element).getBoundingClientRect().bottom > TOP_INSET) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/**
 * Where the caret starts: the first block on screen, or, when that block began above the top of the view, its
 * first stop (a sentence start, from `stops`) that is on screen.
 */
export function firstVisibleOffset(doc: Document, article: ArticleText, stops: (block: number) => number[]): number {
  const i = firstVisibleBlock(article.elements);
  if (i < 0) return article.blocks[0]?.start ?? 0;
  const block = article.blocks[i] as TextBlock;
  if ((article.elements[i] as Element).getBoundingClientRect().top >= TOP_INSET) return block.start;
  const rtl = isRightToLeft(article, block.start);
  const visible = stops(i).find((offset) => (caretBox(doc, article, offset, rtl)?.top ?? -1) >= TOP_INSET);
  return visible ?? article.blocks[i + 1]?.start ?? block.start;
}

/**
 * Scrolls the frame when a box (in its viewport) comes near the reader's bar or the bottom edge, bringing it to
 * a little above the middle: moving on then scrolls once a screenful, not at every step, and the next lines show.
 */
export function scrollIntoView(view: Window, box: { top: number; height: number }): void {
  const clear = box.top >= TOP_INSET + MARGIN_ABOVE && box.top + box.height <= view.innerHeight - MARGIN_BELOW;
  if (clear) return;
  const landing = TOP_INSET + (view.innerHeight - TOP_INSET) * LANDING;
  view.scrollBy({ top: box.top - landing, behavior: 'instant' });
}
