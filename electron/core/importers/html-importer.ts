import { ErrorCode } from '../../shared/errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { firstImageUrl } from '../extract/first-image.ts';
import { htmlToText } from '../extract/html-to-text.ts';
import { sanitizeArticleHtml } from '../extract/sanitize.ts';
import { countWords } from '../../shared/word-count.ts';
import { detectDirection, makeExcerpt } from './article-metadata.ts';
import { pageDirection } from './content-direction.ts';
import { titleFromFileName, titleFromText } from './file-title.ts';
import { normalizeLang } from './front-matter.ts';
import { hasArticleText } from './has-article-text.ts';
import { inlineHtmlToText, paragraphTexts } from './html-fragments.ts';
import { ImportError } from './import-error.ts';

interface HtmlOptions {
  fileName?: string | null;
  title?: string | null;
}

const WHOLE_PAGE = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;
// A fragment this long that carries page chrome is a whole page copied with Select All.
const LONG_FRAGMENT = 50_000;
const PAGE_CHROME = /<(nav|header|footer|aside|form)[\s>]/i;

/** The part between the markers browsers put around copied HTML on Windows, if present. */
function clipboardSelection(html: string): string | null {
  const start = html.indexOf('<!--StartFragment-->');
  const end = html.indexOf('<!--EndFragment-->');
  return start >= 0 && end > start ? html.slice(start + '<!--StartFragment-->'.length, end) : null;
}

/** Whether HTML is a piece of a page (a pasted selection) rather than a whole document. */
export function isHtmlFragment(html: string): boolean {
  if (WHOLE_PAGE.test(html.slice(0, 4096))) return false;
  return html.length < LONG_FRAGMENT || !PAGE_CHROME.test(html);
}

/** The first element's lang and dir attributes: a pasted selection keeps its language on its wrapper. */
function wrapperAttribute(html: string, name: 'lang' | 'dir'): string | null {
  const firstTag = /^\s*(?:<!--[\s\S]*?-->\s*|<meta\b[^>]*>\s*)*<[a-z][^>]*>/i.exec(html)?.[0] ?? '';
  return new RegExp(`\\b${name}\\s*=\\s*["']?([\\w-]+)`, 'i').exec(firstTag)?.[1] ?? null;
}

/** Keeps a pasted selection whole: sanitized, nothing dropped as boilerplate. */
function fragmentArticle(fragment: string, options: HtmlOptions): ExtractedArticle {
  let html = sanitizeArticleHtml(fragment).trim();
  const text = htmlToText(html);
  if (!text.trim()) throw new ImportError(ErrorCode.emptyFile, 'The HTML has no text to import.');
  let title = options.title?.trim() || null;
  // An opening <h1> is the selection's title; it moves out of the body so it does not show twice.
  const opening = /^(?:<(?:div|section|article|header)\b[^>]*>\s*)*<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (opening && !title) {
    title = inlineHtmlToText(opening[1] ?? '') || null;
    if (title) html = html.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/i, '').trim();
  }
  const bodyText = htmlToText(html);
  const paragraphs = paragraphTexts(html);
  const dirAttribute = wrapperAttribute(fragment, 'dir')?.toLowerCase();
  return {
    title: title ?? titleFromFileName(options.fileName ?? '') ?? titleFromText(paragraphs, bodyText),
    byline: null,
    siteName: null,
    publishedAt: null,
    lang: normalizeLang(wrapperAttribute(fragment, 'lang')),
    dir: dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : detectDirection(bodyText),
    excerpt: makeExcerpt(paragraphs.length ? paragraphs : [bodyText]),
    leadImage: firstImageUrl(html),
    canonicalUrl: null,
    html,
    text: bodyText,
    wordCount: countWords(bodyText),
  };
}

function noArticle(): ImportError {
  return new ImportError(
    ErrorCode.noArticle,
    'This page has no article text to import. It may be empty, only menus and links, or built by JavaScript when shown in a browser.',
  );
}

/** Whether the page names itself (a <title>, og:title or an h1), so the extractor's title is not just its first line. */
function pageHasTitle(html: string): boolean {
  return /<title[^>]*>\s*[^<\s]|<meta\b[^>]*(?:og:title|twitter:title)|<h1\b/i.test(html);
}

/**
 * Imports an HTML file or pasted HTML. Whole pages go through the web extractor, which keeps the
 * main content; fragments (a pasted selection) are kept whole, only sanitized.
 */
export function importHtmlContent(source: string, options: HtmlOptions = {}): ExtractedArticle {
  const html = clipboardSelection(source) ?? source;
  if (isHtmlFragment(html)) return fragmentArticle(html, options);

  let article: ExtractedArticle;
  try {
    article = extractArticle(html);
  } catch (error) {
    if ((error as { code?: unknown }).code === ErrorCode.noArticle) throw noArticle();
    throw error;
  }
  if (!hasArticleText(article.html)) throw noArticle();
  const fromName = pageHasTitle(html) ? null : titleFromFileName(options.fileName ?? '');
  const dir = pageDirection(html, article);
  return {
    ...article,
    title: options.title?.trim() || fromName || article.title,
    dir,
    excerpt: article.excerpt || makeExcerpt(paragraphTexts(article.html)),
  };
}
