// Painting highlights into the article DOM: every slice of a text node inside a highlight gets its
// own wrapper element (a <mark>), so one highlight can span paragraphs, list items and inline
// formatting without restructuring them, and overlapping highlights simply nest. The text itself
// is never changed, so root.textContent (and every stored offset) stays valid while painted.
import { createTextIndex, indexedLength, type TextIndex } from '../text-position/text-index.ts';
import type { TextOffsets } from '../text-position/text-offsets.ts';

/**
 * Elements that may not hold text: a whitespace-only node directly inside them is formatting
 * between rows or items, and wrapping it would put a <mark> where the HTML content model forbids it.
 */
const NO_TEXT_PARENTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'SELECT', 'OPTGROUP', 'DATALIST', 'PICTURE']);
/**
 * Block-level elements: whitespace next to one of them is source formatting that renders as
 * nothing, but wrapped in a styled <mark> (padding, background) it would show as an empty line.
 */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);

interface Segment {
  node: Text;
  start: number;
  end: number;
}

/**
 * Paint many highlights at once: one pass to index the text, one pass to split text nodes at every
 * highlight boundary, then each highlight wraps its own run of slices. Returns each highlight's
 * wrappers (in document order), in input order; an empty or out-of-range span gets none.
 */
export function paintHighlights(root: Node, spans: readonly TextOffsets[], makeElement: (spanIndex: number) => HTMLElement): HTMLElement[][] {
  const index = createTextIndex(root);
  const segments = splitAtBoundaries(index, spans);
  const starts = segments.map((s) => s.start);
  return spans.map((span, i) => {
    const marks: HTMLElement[] = [];
    for (let k = lowerBound(starts, span.start); k < segments.length; k++) {
      const seg = segments[k] as Segment;
      if (seg.start >= span.end) break;
      if (seg.end <= span.start || seg.end === seg.start || isLayoutWhitespace(seg.node)) continue;
      const mark = makeElement(i);
      const parent = seg.node.parentNode as Node;
      parent.insertBefore(mark, seg.node);
      mark.appendChild(seg.node);
      marks.push(mark);
    }
    return marks;
  });
}

/** Remove painted wrappers, keeping their contents, and re-join the text nodes painting split. */
export function unwrap(marks: Iterable<Element>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (parent === null) continue;
    while (mark.firstChild !== null) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) joinAdjacentText(parent);
}

/** Split text nodes so that every span boundary falls between two nodes; returns all slices in order. */
function splitAtBoundaries(index: TextIndex, spans: readonly TextOffsets[]): Segment[] {
  const total = indexedLength(index);
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].filter((c) => c > 0 && c < total).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let c = 0;
  index.nodes.forEach((node, i) => {
    let start = index.starts[i] as number;
    const end = index.starts[i + 1] as number;
    let piece = node;
    while (c < cuts.length && (cuts[c] as number) <= start) c++;
    while (c < cuts.length && (cuts[c] as number) < end) {
      const cut = cuts[c] as number;
      const rest = splitTextNode(piece, cut - start);
      segments.push({ node: piece, start, end: cut });
      piece = rest;
      start = cut;
      c++;
    }
    segments.push({ node: piece, start, end });
  });
  return segments;
}

/** Text.splitText, with a plain-DOM fallback for DOM implementations without it (linkedom). */
function splitTextNode(node: Text, offset: number): Text {
  // Native splitText also moves live Range boundaries (such as the user's selection) along.
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const doc = node.ownerDocument;
  const rest = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Whitespace-only text that only separates blocks or table/list parts; it is left unpainted. */
function isLayoutWhitespace(node: Text): boolean {
  if (/\S/.test(node.data)) return false;
  const parent = node.parentNode;
  if (parent === null || NO_TEXT_PARENTS.has(parent.nodeName.toUpperCase())) return true;
  if (isBlock(node.previousSibling) || isBlock(node.nextSibling)) return true;
  // Leading or trailing whitespace of a block renders as nothing, except in <pre> where it is content.
  const name = parent.nodeName.toUpperCase();
  return BLOCKS.has(name) && name !== 'PRE' && (node.previousSibling === null || node.nextSibling === null);
}

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && BLOCKS.has(node.nodeName.toUpperCase());
}

function joinAdjacentText(parent: Node): void {
  let child = parent.firstChild;
  while (child !== null) {
    const next: ChildNode | null = child.nextSibling;
    if (child.nodeType === 3 && next !== null && next.nodeType === 3) {
      (child as Text).appendData((next as Text).data);
      parent.removeChild(next);
      continue;
    }
    child = next;
  }
}

/** First index i with sorted[i] >= value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
