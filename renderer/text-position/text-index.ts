// The one walk over text nodes in the renderer: a root's text nodes in document order with their
// offsets into root.textContent. Highlights index #article-body (the string the anchoring code in
// electron/shared/annotations works on); the reading anchor indexes one block. Built with one
// TreeWalker pass so that converting many offsets (painting hundreds of highlights) costs a binary
// search each.
// Only standard DOM calls that linkedom also implements are used, so the logic is unit-testable.

const TEXT_NODE = 3;
/** NodeFilter.SHOW_TEXT; spelled out because NodeFilter is not a global outside browsers. */
const SHOW_TEXT = 4;

export interface TextIndex {
  readonly root: Node;
  /** Every Text node under root, in document order (the ones root.textContent is made of). */
  readonly nodes: Text[];
  /** starts[i] = offset of nodes[i] in root.textContent; starts[nodes.length] = total length. */
  readonly starts: number[];
  /** Offset of each node, for going from a DOM boundary point to a text offset. */
  readonly startOf: Map<Node, number>;
}

/** A position inside a text node (or, for text with no text nodes, inside root itself). */
interface TextPoint {
  node: Node;
  offset: number;
}

/** Index the text nodes under `root`. */
export function createTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const startOf = new Map<Node, number>();
  let offset = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    nodes.push(text);
    starts.push(offset);
    startOf.set(text, offset);
    offset += text.data.length;
  }
  starts.push(offset);
  return { root, nodes, starts, startOf };
}

/** Total length of the indexed text (= root.textContent.length). */
export function indexedLength(index: TextIndex): number {
  return index.starts[index.nodes.length] as number;
}

/**
 * The DOM point for a text offset. At a boundary between two text nodes a range start belongs to
 * the following node and a range end to the preceding one, so ranges never begin or end with an
 * empty slice of a neighbouring node (which would paint an empty mark in the wrong element).
 */
export function pointAtOffset(index: TextIndex, offset: number, side: 'start' | 'end'): TextPoint {
  const { nodes, starts } = index;
  if (nodes.length === 0) return { node: index.root, offset: 0 };
  const total = indexedLength(index);
  const target = Math.max(0, Math.min(total, offset));
  // Find the node that holds the character at target (start) or just before it (end), skipping empty nodes.
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const end = starts[mid + 1] as number;
    if (side === 'start' ? end <= target : end < target) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  // Trailing empty nodes or offset === total with side 'start': fall back to the last non-empty node.
  while (i > 0 && (starts[i] as number) > target) i--;
  const node = nodes[i] as Text;
  return { node, offset: Math.min(node.data.length, target - (starts[i] as number)) };
}

/** The text offset of a DOM boundary point (container, offset), clamped to root. */
export function offsetAtPoint(index: TextIndex, container: Node, offset: number): number {
  const total = indexedLength(index);
  if (container.nodeType === TEXT_NODE) {
    const start = index.startOf.get(container);
    if (start !== undefined) return start + Math.max(0, Math.min((container as Text).data.length, offset));
  }
  const root = index.root;
  if (container !== root && !root.contains(container)) return precedes(container, root) ? 0 : total;
  // An element boundary sits before child `offset`; other character data (comments) before itself.
  let from: Node | null;
  if (container.nodeType === TEXT_NODE || container.nodeType === 7 || container.nodeType === 8) from = container;
  else from = container.childNodes[offset] ?? null;
  const next = from === null ? firstTextAfterSubtree(container, root) : firstTextFrom(from, root);
  return next === null ? total : (index.startOf.get(next) ?? total);
}

/** The first text node at or after `node` in document order, not leaving root. */
function firstTextFrom(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n !== null) {
    if (n.nodeType === TEXT_NODE) return n;
    if (n.firstChild !== null) {
      n = n.firstChild;
      continue;
    }
    n = nextOutside(n, root);
  }
  return null;
}

/** The first text node after everything inside `node`, not leaving root. */
function firstTextAfterSubtree(node: Node, root: Node): Node | null {
  const next = node === root ? null : nextOutside(node, root);
  return next === null ? null : firstTextFrom(next, root);
}

/** The next node in document order that is not inside `node`, or null at the end of root. */
function nextOutside(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n !== null && n !== root) {
    if (n.nextSibling !== null) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** Whether `a` comes before `b` in document order (and is not its ancestor). */
export function precedes(a: Node, b: Node): boolean {
  // Own implementation: compareDocumentPosition is wrong in linkedom, which the unit tests use.
  const chainA = ancestors(a);
  const chainB = ancestors(b);
  let i = 0;
  while (i < chainA.length && i < chainB.length && chainA[i] === chainB[i]) i++;
  if (i === 0) return false; // different trees
  if (i === chainA.length) return false; // a is an ancestor of (or is) b
  if (i === chainB.length) return false; // b is an ancestor of a: a is inside b, not before it
  const parent = chainA[i - 1] as Node;
  for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c === chainA[i]) return true;
    if (c === chainB[i]) return false;
  }
  return false;
}

/** From the top of the tree down to `node` itself. */
function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n !== null; n = n.parentNode) out.push(n);
  return out.reverse();
}
