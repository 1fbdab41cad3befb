/**
 * Character offsets inside a block: the "offset" half of a reading anchor. An offset counts the characters of
 * the block's text nodes in document order (exactly textContent), so it survives any reflow and can be turned
 * back into a DOM position. Pure DOM tree walking: works on linkedom in tests.
 */

interface NodeLike {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly parentNode: NodeLike | null;
  readonly nodeValue: string | null;
}

const TEXT_NODE = 3;

function* textNodes<N extends NodeLike>(node: N): Generator<N> {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as N;
    if (child.nodeType === TEXT_NODE) yield child;
    else yield* textNodes(child);
  }
}

function contains(ancestor: NodeLike, node: NodeLike): boolean {
  for (let n: NodeLike | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * The character offset within block of a DOM position (node, offset) as a caret API reports it.
 * Returns null when the position is outside the block.
 */
export function textOffsetWithin(block: NodeLike, node: NodeLike, offset: number): number | null {
  if (!contains(block, node)) return null;
  if (node.nodeType === TEXT_NODE) return countBefore(block, node) + offset;
  // An element position points between children: count everything before child[offset].
  const child = node.childNodes[offset];
  if (child) return countBefore(block, child);
  let inside = 0;
  for (const text of textNodes(node)) inside += text.nodeValue?.length ?? 0;
  return (node === block ? 0 : countBefore(block, node)) + inside;
}

/** Characters of block's text that come before node (node's own text not included). */
function countBefore(block: NodeLike, node: NodeLike): number {
  let count = 0;
  for (const text of textNodes(block)) {
    if (text === node || contains(node, text)) return count;
    count += text.nodeValue?.length ?? 0;
  }
  return count;
}

/** The text node and local offset of character offset within block; clamps past the end to the last character. */
export function locateTextOffset<N extends NodeLike>(block: N, offset: number): { node: N; offset: number } | null {
  let remaining = Math.max(0, offset);
  let last: N | null = null;
  for (const text of textNodes(block)) {
    const length = text.nodeValue?.length ?? 0;
    if (remaining < length) return { node: text, offset: remaining };
    remaining -= length;
    if (length > 0) last = text;
  }
  return last ? { node: last, offset: Math.max(0, (last.nodeValue?.length ?? 1) - 1) } : null;
}
