import { nextNode, nextOutside } from './dom-order.ts';
import { ELEMENT_NODE, type DomElement } from './dom-types.ts';
import { textLength } from './text-metrics.ts';

/** Blocks of running text; shorter ones (a menu entry, a "Read more") are not the story's. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const MIN_PARAGRAPH = 25;
/** The container must hold this share of the page's paragraph text: a book's chapters sit in sibling sections. */
const SHARE = 0.75;

/**
 * The innermost element under `root` that holds most of its paragraph text, or null when it has none:
 * the article by plain counting, for pages too big for Readability (a 50 MB book). Linear in the page:
 * each paragraph's text is added to its parent, and each element's sum to its parent, innermost first.
 */
export function textContainer(root: DomElement): DomElement | null {
  const sums = new Map<DomElement, number>();
  const elements: DomElement[] = [];
  for (let node = root.firstChild; node; ) {
    if (node.nodeType !== ELEMENT_NODE) {
      node = nextNode(node, root);
      continue;
    }
    const el = node as DomElement;
    elements.push(el);
    if (!PARAGRAPH_TAGS.has(el.localName)) {
      node = nextNode(node, root);
      continue;
    }
    // A paragraph is counted whole, once: the <p>s of a quotation are the quotation's.
    const length = textLength(el);
    if (length >= MIN_PARAGRAPH) sums.set(el, length);
    node = nextOutside(el, root);
  }
  // Document order reversed puts every element before its parent, so its sum is complete when passed up.
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const sum = sums.get(el);
    const parent = el.parentElement;
    if (sum && parent) sums.set(parent, (sums.get(parent) ?? 0) + sum);
  }
  const total = sums.get(root) ?? 0;
  if (!total) return null;
  let container = root;
  for (let child = firstHolding(container); child; child = firstHolding(container)) container = child;
  return container;

  function firstHolding(el: DomElement): DomElement | null {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if ((sums.get(child) ?? 0) >= total * SHARE) return child;
    }
    return null;
  }
}
