/**
 * The readable blocks of an article body: the one definition reading progress (and anything else that
 * anchors to "the nth block") counts by. It must give the same list on every open of the same HTML, in the
 * browser and in node (linkedom), so it reads only tag names, children and text, never layout.
 *
 * A block is a leaf: a paragraph, heading, list item, definition, or a blockquote/div that holds text but no
 * other block. Code, figures and tables are atomic: they count once and are never split into their insides.
 */
import { CHUNK_CLASS } from './body-chunks.ts';

interface ElementLike {
  readonly tagName: string;
  readonly className?: unknown;
  readonly children: ArrayLike<ElementLike> & Iterable<ElementLike>;
  readonly textContent: string | null;
}

/** Elements that hold only running text (phrasing content): always leaves, never searched inside. */
const PHRASING_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'ADDRESS', 'FIGCAPTION', 'SUMMARY']);

/** Whole units: they count once and are never split into their insides. */
const ATOMIC_BLOCKS = new Set(['PRE', 'FIGURE', 'TABLE', 'IMG', 'PICTURE', 'VIDEO', 'SVG']);

/** Elements that may hold either text or other blocks: a block only when they hold no inner block. */
const FLOW_CONTAINERS = new Set([
  'LI', 'DD', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'DETAILS', 'UL', 'OL', 'DL',
]);

/** Elements that never hold reading text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function hasText(element: ElementLike): boolean {
  return /\S/.test(element.textContent ?? '');
}

function hasMedia(element: ElementLike): boolean {
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toUpperCase();
    if (ATOMIC_BLOCKS.has(tag) || hasMedia(child)) return true;
  }
  return false;
}

function collect<E extends ElementLike>(parent: E, out: E[]): void {
  for (const child of Array.from(parent.children) as E[]) {
    const tag = child.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (child.className === CHUNK_CLASS) {
      // A huge body's chunk is the reader's container, not the article's: its blocks count as the body's own.
      collect(child, out);
    } else if (ATOMIC_BLOCKS.has(tag)) {
      out.push(child);
    } else if (PHRASING_BLOCKS.has(tag)) {
      // An image-only paragraph is still a place to be; an empty one is not.
      if (hasText(child) || hasMedia(child)) out.push(child);
    } else {
      const before = out.length;
      collect(child, out);
      // A container with inner blocks is represented by them; a text-only one (or an unknown wrapper) is a block.
      if (out.length === before && (FLOW_CONTAINERS.has(tag) || !isInline(tag)) && hasText(child)) out.push(child);
    }
  }
}

/** Inline elements found loose in a body (a stray <a> or <span> between blocks) are read as part of no block. */
function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'CODE', 'SMALL', 'SUB', 'SUP', 'MARK', 'BR', 'ABBR', 'CITE', 'Q', 'S', 'TIME']);

/** The leaf readable blocks of root (normally #article-body), in document order. */
export function readingBlocks<E extends ElementLike>(root: E): E[] {
  const out: E[] = [];
  collect(root, out);
  return out;
}
