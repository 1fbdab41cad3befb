import type { DomElement } from './dom-types.ts';

/** Length of the element's text with whitespace runs counted as one character. */
export function textLength(el: DomElement): number {
  return normalizedText(el).length;
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
