/** Small readings of sanitized article HTML that need no DOM: paragraph texts and inline text. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of a short inline HTML snippet (a rendered heading), tags dropped and entities decoded. */
export function inlineHtmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity;
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of each block of sanitized HTML, split at block boundaries and line breaks. */
export function blockTexts(html: string): string[] {
  return html
    .split(/<(?:\/?(?:p|div|section|article|aside|header|footer|blockquote|pre|ul|ol|li|dl|dt|dd|h[1-6]|table|tr|td|th|figure|figcaption|details|summary)|br|hr)\b[^>]*>/i)
    .map(inlineHtmlToText)
    .filter(Boolean);
}

/**
 * Text of each `<p>` of sanitized HTML, for the excerpt. Sanitized markup is well formed and
 * paragraphs cannot nest, so a pattern is enough and spares a second parse of a large body.
 */
export function paragraphTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = inlineHtmlToText(match[1] ?? '');
    if (text) texts.push(text);
  }
  return texts;
}
