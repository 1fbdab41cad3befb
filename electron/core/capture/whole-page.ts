import { parseHTML } from 'linkedom';
import { ErrorCode } from '../../shared/errors.ts';
import { decodeHtml } from '../extract/decode-html.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { htmlToText } from '../extract/html-to-text.ts';
import { capNesting } from '../extract/nesting-cap.ts';
import { sanitizeArticleHtml } from '../extract/sanitize.ts';
import { displayHost } from '../../shared/web-address.ts';
import { countWords } from '../../shared/word-count.ts';
import { WebError } from './fetch/web-error.ts';

interface El {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  innerHTML: string;
  textContent: string | null;
}

interface Doc {
  title: string;
  body: El | null;
  documentElement: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
}

function absolutize(el: El, attr: string, base: string): void {
  const value = el.getAttribute(attr);
  if (!value || value.startsWith('#') || /^data:/i.test(value)) return;
  try {
    el.setAttribute(attr, new URL(value, base).href);
  } catch {
    el.removeAttribute(attr);
  }
}

/**
 * The "save the whole page" fallback when no article is found: the page's body, run through
 * the same allowlist sanitizer as every article, with links and images made absolute so the
 * image localizer can fetch them.
 */
export function wholePageArticle(bytes: Uint8Array, options: { url: string; contentType?: string }): ExtractedArticle {
  // Capped like every page we parse: linkedom takes minutes over a page nested 20,000 deep.
  const { document } = parseHTML(capNesting(decodeHtml(bytes, options.contentType).text));
  const doc = document as unknown as Doc;
  const body = doc.body ?? doc.documentElement;
  let base = options.url;
  try {
    base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', options.url).href;
  } catch {
    /* keep the page URL */
  }
  for (const link of doc.querySelectorAll('a[href]')) absolutize(link, 'href', base);
  for (const img of doc.querySelectorAll('img')) {
    for (const attr of ['src', 'data-src', 'data-lazy-src']) absolutize(img, attr, base);
  }
  const html = sanitizeArticleHtml(body?.innerHTML ?? '');
  const text = htmlToText(html);
  if (!text && !/<img\b/i.test(html)) {
    throw new WebError(ErrorCode.noArticle, 'This page has nothing Lectern can keep: it is empty once scripts and forms are removed.');
  }
  const siteName = displayHost(options.url);
  const title = (doc.title || '').replace(/\s+/g, ' ').trim() || siteName || options.url;
  const flat = text.replace(/\s+/g, ' ').trim();
  return {
    title,
    byline: null,
    siteName,
    publishedAt: null,
    lang: document.documentElement?.getAttribute('lang') || null,
    dir: document.documentElement?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
    excerpt: flat.length > 300 ? `${flat.slice(0, 297)}…` : flat,
    leadImage: null,
    canonicalUrl: options.url,
    html,
    text,
    wordCount: countWords(text),
  };
}
