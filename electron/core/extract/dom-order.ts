import type { DomElement, DomNode } from './dom-types.ts';

/**
 * Walking a subtree in document order with a loop instead of recursion: a page may nest far
 * deeper than the call stack reaches (nesting-cap.ts bounds it, but the walks do not rely on that).
 */

/** The node after `node` in document order, entering its children, staying under `root`. */
export function nextNode(node: DomNode, root: DomElement): DomNode | null {
  return node.firstChild ?? nextOutside(node, root);
}

/** The node after `node` and everything inside it, in document order, staying under `root`. */
export function nextOutside(node: DomNode, root: DomElement): DomNode | null {
  for (let at: DomNode | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}
