import { nextNode } from './dom-order.ts';
import { TEXT_NODE, type DomElement } from './dom-types.ts';

/**
 * Length of the element's text with whitespace runs counted as one character. Counted over the text
 * nodes rather than by collapsing textContent: on a 50 MB page that built two page-sized strings per call.
 */
export function textLength(el: DomElement): number {
  return textLengthUpTo(el, Infinity);
}

/**
 * textLength(el) when that is at most `limit`, else a number above `limit`, reading no more text than that takes:
 * asking whether each of a few hundred nested wrappers is short read the whole article once per wrapper.
 */
export function textLengthUpTo(el: DomElement, limit: number): number {
  let length = 0;
  // A run of white space counts as one character once text follows it, and not at all at the start or end.
  let space = false;
  for (let node = el.firstChild; node; node = nextNode(node, el)) {
    if (node.nodeType !== TEXT_NODE) continue;
    const data = node.textContent ?? '';
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        space = length > 0;
        continue;
      }
      length += space ? 2 : 1;
      space = false;
      if (length > limit) return length;
    }
  }
  return length;
}

/** Whether a UTF-16 unit is white space as /\s/ sees it. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 127) return false;
  return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code));
}

/** The element's text with whitespace collapsed. */
export function normalizedText(el: DomElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: DomElement, total = textLength(el)): number {
  if (!total) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) {
    // In-page anchors (footnotes, tables of contents) read as text, not as navigation.
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    linked += textLength(a);
  }
  return Math.min(1, linked / total);
}
