import sanitizeHtml from 'sanitize-html';
import { replaceEmbeds } from './embed-cards.ts';
import { capNesting } from './nesting-cap.ts';
import { parseDocument } from './parse-document.ts';
import { collapsePictures } from './picture-sources.ts';

/**
 * Allowlist sanitizer for article bodies (docs/architecture.md rule 4). Runs without a browser, so it
 * is safe on any input. Keeps structure a reader needs; drops scripts, handlers, forms, frames
 * and all inline styles (nothing may hide or overlay text). Embedded players and posts become
 * link cards; a <picture> keeps its sources as its image's srcset; data: URLs survive only as raster images.
 */

// Raster only: an SVG image can carry script, and text/html in data: is a page of its own.
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

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
    p: ['class'],
    '*': ['lang', 'dir', 'id'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/], pre: [/^language-[\w-]+$/], p: ['embed-card'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
    'form', 'button', 'select', 'title', 'head', 'xmp', 'noembed', 'noframes', 'plaintext', 'frameset', 'frame',
    'applet', 'video', 'audio', 'canvas', 'dialog',
  ],
  transformTags: {
    // Links leave the app through the shell, which opens http(s) in the system browser.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    img: (tagName, attribs) => {
      const next = { ...attribs };
      if (next.src && /^\s*data:/i.test(next.src) && !SAFE_DATA_IMAGE.test(next.src.trim())) delete next.src;
      if (next.srcset && /(?:^|,)\s*data:/i.test(next.srcset)) delete next.srcset;
      return { tagName, attribs: next };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src && !frame.attribs.srcset,
};

const EMBED_HINT = /<(?:iframe|embed|object|video|audio|blockquote[^>]*(?:twitter-tweet|instagram-media|tiktok-embed))/i;

/**
 * Returns article HTML reduced to the reader's allowlist, with embeds turned into link cards, each <picture> one <img>,
 * and nothing nested deeper than MAX_NESTING (sanitize-html's parser, and the reader, stall on deeper pages).
 */
export function sanitizeArticleHtml(html: string): string {
  const pictures = collapsePictures(capNesting(html));
  return sanitizeHtml(EMBED_HINT.test(pictures) ? withEmbedCards(pictures) : pictures, options);
}

function withEmbedCards(html: string): string {
  const doc = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!doc.body) return html;
  replaceEmbeds(doc, doc.body);
  return doc.body.innerHTML;
}
