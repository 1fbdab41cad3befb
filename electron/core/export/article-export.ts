import { stringify } from 'yaml';
import type { Article, Highlight } from '../../shared/models.ts';
import { foldForSearch } from '../../shared/search-text.ts';
import type { ExportFormat } from '../../shared/vocabularies.ts';
import { highlightsSection, tagUnion } from './highlights-markdown.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { inertMarkdown, markdownText } from './inert-markdown.ts';
import { webAnnotationCollection } from './web-annotation.ts';

interface ExportOptions {
  /** The article's highlights in reading order. */
  highlights?: readonly Highlight[];
  /** Markdown only: add the article's text after the notes and highlights. */
  withBody?: boolean;
}

export interface ExportedFile {
  fileName: string;
  content: string;
}

/** A file name that is safe on every OS and still recognisable. */
function exportFileName(article: Article, extension: string): string {
  // Folded as searches are (no accents, no case); the vowel signs folding keeps are part of their words.
  const slug = foldForSearch(article.title)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
    .slice(0, 80);
  const idPart = article.id.replace(/[^\w-]/g, '').slice(0, 8);
  return `${slug || 'article'}-${idPart || 'x'}.${extension}`;
}

function frontMatter(article: Article, tags: string[]): string {
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
    tags: tags.length > 0 ? tags : undefined,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (needsEscapes(value) ? `${key}: ${yamlValue(value)}` : stringify({ [key]: value }).trimEnd()));
  return `---\n${lines.join('\n')}\n---`;
}

// What a Markdown render that does not know front matter (it sees a rule and a paragraph) could read as
// HTML or a link, and what YAML itself treats as a line break.
// oxlint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE_IN_FRONT_MATTER = /[<>&[\]\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function needsEscapes(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(needsEscapes);
  return typeof value === 'string' && UNSAFE_IN_FRONT_MATTER.test(value);
}

/**
 * A front matter value as YAML that reads back exactly, with nothing for such a render to find: strings are
 * double-quoted with <, >, &, brackets and every line break or control character as \u escapes. Used only
 * for values that hold one of them; the others keep YAML's plain style.
 */
function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value !== 'string') return JSON.stringify(value);
  return JSON.stringify(value).replace(/[<>&[\]\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One article as a file: Markdown for note apps (front matter, the reader's note, highlights, and the
 * body only with withBody), JSON (record, body and highlights), or its highlights as W3C Web Annotations.
 */
export function exportArticle(article: Article, bodyHtml: string, format: ExportFormat, options: ExportOptions = {}): ExportedFile {
  const highlights = options.highlights ?? [];
  if (format === 'json') {
    return { fileName: exportFileName(article, 'json'), content: `${JSON.stringify({ ...article, bodyHtml, highlights }, null, 2)}\n` };
  }
  if (format === 'annotations') {
    return { fileName: exportFileName(article, 'annotations.jsonld'), content: `${JSON.stringify(webAnnotationCollection(article, highlights), null, 2)}\n` };
  }
  const parts = [frontMatter(article, tagUnion(highlights)), `# ${markdownText(article.title.replace(/\s+/g, ' ').trim())}`];
  if (article.note.trim()) parts.push(`## My notes\n\n${inertMarkdown(article.note.trim())}`);
  const section = highlightsSection(highlights);
  if (section !== null) parts.push(section);
  if (options.withBody) parts.push(`## Article\n\n${htmlToMarkdown(bodyHtml)}`);
  return { fileName: exportFileName(article, 'md'), content: `${parts.join('\n\n')}\n` };
}
