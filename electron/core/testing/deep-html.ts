/** Test helpers for deeply nested pages: a findable sentence, and how deep a piece of HTML nests. */

/** A sentence long enough to count as reading text, findable by its label. */
export const sentence = (label: string): string => `Marker ${label} sits here with enough ordinary words to count as a sentence of real reading text.`;

/** Deepest nesting of elements (void ones aside) in well-formed article HTML. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, slash, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/gi)) {
    if (/^(?:br|hr|img|wbr|col)$/i.test(name!)) continue;
    depth += slash ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
