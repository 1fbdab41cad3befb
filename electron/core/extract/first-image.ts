/**
 * The first web picture in sanitized article HTML, as the lead image when the page names none. Sanitized
 * HTML quotes attributes with " and escapes & as &amp;, so a pattern is enough.
 */
export function firstImageUrl(html: string): string | null {
  return /<img\b[^>]*\bsrc="(https?:[^"]+)"/i.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
}
