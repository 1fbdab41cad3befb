import { ErrorCode } from '../../shared/errors.ts';
import type { TextDirection } from '../../shared/models.ts';
import { isWebUrl } from '../../shared/web-address.ts';
import { countWords } from '../../shared/word-count.ts';
import { decodeHtml } from './decode-html.ts';
import type { ExtractedArticle } from './extracted-article.ts';
import { ExtractionError } from './extraction-error.ts';
import { firstImageUrl } from './first-image.ts';
import { htmlToText } from './html-to-text.ts';
import { readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { parseDocument } from './parse-document.ts';
import { documentBaseUrl } from './resolve-urls.ts';
import { sanitizeArticleHtml } from './sanitize.ts';
import { selectContent } from './select-content.ts';

interface ExtractOptions {
  /** The page's URL: relative links and images are resolved against it (or its <base>). */
  url?: string;
  /** The HTTP Content-Type header, whose charset wins over the page's own declaration. */
  contentType?: string;
}

const RTL_LANGS = /^(?:ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)(?:-|$)/i;

/** Extracts the main article from a page given as bytes (charset detected) or a decoded string. Throws ExtractionError (code NO_ARTICLE) when there is no article. */
export function extractArticle(input: Uint8Array | string, options: ExtractOptions = {}): ExtractedArticle {
  const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType).text;
  if (!html.trim()) throw new ExtractionError(ErrorCode.noArticle, 'The page is empty.');
  const doc = parseDocument(html);
  if (!doc.documentElement) throw new ExtractionError(ErrorCode.noArticle, 'The page has no HTML content.');
  const metadata = readPageMetadata(doc);
  const baseUrl = documentBaseUrl(metadata.baseHref, options.url);
  const selected = selectContent(doc, { title: metadata.title, baseUrl, comments: metadata.jsonLd?.comments });
  if (!selected) throw new ExtractionError(ErrorCode.noArticle, 'No article was found on this page.');
  const body = sanitizeArticleHtml(selected.html);
  const text = htmlToText(body);
  if (!text) throw new ExtractionError(ErrorCode.noArticle, 'No article text was found on this page.');
  return assemble(metadata, body, text, baseUrl);
}

function assemble(metadata: PageMetadata, html: string, text: string, baseUrl: string | null): ExtractedArticle {
  // Sliced, not split: splitting a book into its lines to read the first took a second.
  const lineEnd = text.indexOf('\n');
  const firstLine = (lineEnd < 0 ? text : text.slice(0, lineEnd)).trim();
  const title = metadata.title ?? (firstLine.length <= 150 ? firstLine : firstLine.slice(0, 150));
  const lang = metadata.lang;
  const dir: TextDirection = metadata.dir ?? (lang && RTL_LANGS.test(lang) ? 'rtl' : 'ltr');
  return {
    title: title || 'Untitled',
    byline: metadata.byline,
    siteName: metadata.siteName,
    publishedAt: metadata.publishedAt,
    lang,
    dir,
    excerpt: metadata.excerpt ?? excerptFrom(text),
    leadImage: absolute(metadata.leadImage, baseUrl) ?? firstImageUrl(html),
    canonicalUrl: absolute(metadata.canonicalUrl, baseUrl),
    html,
    text,
    wordCount: countWords(text),
  };
}

function excerptFrom(text: string): string {
  const para = firstLongParagraph(text) ?? text;
  const flat = para.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297).replace(/\s+\S*$/, '')}…` : flat;
}

/** The first paragraph (blocks split at blank lines) longer than 80 characters, found without splitting the whole text. */
function firstLongParagraph(text: string): string | null {
  const blankLines = /\n\n+/g;
  for (let start = 0; ; ) {
    const gap = blankLines.exec(text);
    const end = gap ? gap.index : text.length;
    if (end - start > 80) return text.slice(start, end);
    if (!gap) return null;
    start = end + gap[0].length;
  }
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const { href } = new URL(url, base ?? undefined);
    return isWebUrl(href) ? href : null;
  } catch {
    return null;
  }
}
