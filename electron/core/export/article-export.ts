import { stringify } from 'yaml';
import type { Article } from '../../shared/models.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';

export type ExportFormat = 'markdown' | 'json';

export interface ExportedFile {
  fileName: string;
  content: string;
}

/** A file name that is safe on every OS and still recognisable. */
export function exportFileName(article: Article, extension: string): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${slug || 'article'}-${article.id.slice(0, 8)}.${extension}`;
}

function frontMatter(article: Article): string {
  const fields: Record<string, unknown> = {
    title: article.title,
    author: article.byline ?? undefined,
    site: article.siteName ?? undefined,
    url: article.source.kind === 'url' ? article.source.value : undefined,
    source: article.source.kind === 'file' ? article.source.value : undefined,
    published: article.publishedAt ?? undefined,
    saved: article.savedAt,
    lang: article.lang ?? undefined,
    progress: article.progress ? Math.round(article.progress.fraction * 100) / 100 : undefined,
    finished: article.finishedAt ?? undefined,
    archived: article.archived || undefined,
    favorite: article.favorite || undefined,
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined).trimEnd()}\n---`;
}

/** One article as Markdown (front matter, body, the reader's note) or JSON (record plus body). */
export function exportArticle(article: Article, bodyHtml: string, format: ExportFormat): ExportedFile {
  if (format === 'json') {
    return { fileName: exportFileName(article, 'json'), content: `${JSON.stringify({ ...article, bodyHtml }, null, 2)}\n` };
  }
  const parts = [frontMatter(article), `# ${article.title}`, htmlToMarkdown(bodyHtml)];
  if (article.note.trim()) parts.push(`## My notes\n\n${article.note.trim()}`);
  return { fileName: exportFileName(article, 'md'), content: `${parts.join('\n\n')}\n` };
}
