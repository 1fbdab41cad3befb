/**
 * A page may say it is right to left only on its content element (`<article dir="rtl">`, `<main dir="rtl">`)
 * and not on <html> or <body>, where the extractor looks; a page in a right-to-left language may say nothing
 * at all. Read here, beside the extractor, so the reader shows such pages right to left.
 */
import type { TextDirection } from '../../shared/models.ts';
import { detectDirection } from './article-metadata.ts';

const DOCUMENT_DIR = /<(?:html|body)\b[^>]*?\sdir\s*=\s*["']?(?:rtl|ltr)\b/i;
const CONTENT_DIR = /<(?:article|main)\b[^>]*?\sdir\s*=\s*["']?(rtl|ltr)\b/i;
// Languages written right to left, by the primary subtag of their BCP 47 tag.
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);
// Declarations sit near the top; a 50 MB page is not scanned whole for them.
const SCAN_CHARS = 200_000;

function languageDirection(lang: string | null): TextDirection | null {
  if (!lang) return null;
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : null;
}

/**
 * A whole page's direction: what <html> or <body> declare (the extractor's reading), else what its <article> or
 * <main> declares, else its language's, else (no language) the script most of its letters are in.
 */
export function pageDirection(html: string, article: { dir: TextDirection; lang: string | null; text: string }): TextDirection {
  const head = html.length > SCAN_CHARS ? html.slice(0, SCAN_CHARS) : html;
  if (DOCUMENT_DIR.test(head)) return article.dir;
  const declared = CONTENT_DIR.exec(head)?.[1]?.toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  return languageDirection(article.lang) ?? (article.lang === null ? detectDirection(article.text) : article.dir);
}
