import sanitizeHtml from 'sanitize-html';

/**
 * Allowlist sanitizer for article bodies (ARCHITECTURE rule 4). Runs without a browser, so it
 * is safe on any input. Keeps structure a reader needs; drops scripts, handlers, forms, frames
 * and styles that could hide or overlay text.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd', 'samp',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark',
    'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'time', 'span', 'div', 'section', 'article', 'aside',
    'figure', 'figcaption', 'img', 'picture', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'caption', 'colgroup', 'col', 'details', 'summary', 'ruby', 'rt', 'rp', 'bdi', 'bdo', 'wbr', 'var',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    time: ['datetime'],
    abbr: ['title'],
    bdo: ['dir'],
    code: ['class'],
    pre: ['class'],
    '*': ['lang', 'dir', 'id'],
  },
  allowedClasses: { code: [/^language-/], pre: [/^language-/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'select'],
  transformTags: {
    // Links leave the app through the shell, which opens http(s) in the system browser.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
};

/** Returns article HTML reduced to the reader's allowlist. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options);
}
