import type { Article } from '../../shared/models.ts';
import { formatReadingTime } from '../../shared/reading-time.ts';
import { escapeHtml } from '../escape-html.ts';

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? 'en', { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** The muted line under the title: site · author · date · N min read. */
function metaLine(article: Article): string {
  const parts = [article.siteName, article.byline, formatDate(article.publishedAt, article.lang), `${formatReadingTime(article.readingMinutes)} read`];
  // Each part is isolated (FSI…PDI), so "4 min read" stays in order inside a right-to-left article.
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => `\u2068${part}\u2069`)
    .join(' · ');
}

/**
 * The document the reader's sandboxed iframe loads. The body is already sanitized at import; the
 * header is built from metadata and escaped here. Styles come from the renderer's article.css.
 */
export function articleDocument(article: Article, bodyHtml: string): string {
  // A document needs a language for screen readers (WCAG 3.1.1); a text whose language is not known says so ("und").
  const lang = ` lang="${escapeHtml(article.lang || 'und')}"`;
  const lead =
    article.leadImage && article.leadImage.startsWith('/') && !bodyHtml.includes(article.leadImage)
      ? `<figure class="article-lead"><img src="${escapeHtml(article.leadImage)}" alt=""></figure>`
      : '';
  return `<!doctype html>
<html${lang} dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(article.title)}</title>
<link rel="stylesheet" href="/reader/article.css">
</head>
<body>
<article class="lectern-article">
<header class="article-header">
<h1 class="article-title">${escapeHtml(article.title)}</h1>
<p class="article-meta">${escapeHtml(metaLine(article))}</p>
${lead}
</header>
<div class="article-body" id="article-body">${bodyHtml}</div>
</article>
</body>
</html>`;
}
