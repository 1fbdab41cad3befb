/** "Copy as quote": the passage as a Markdown blockquote, then where it came from, ready to paste anywhere. */
import type { ArticleSource } from '../../electron/shared/models.ts';
import { normalizeTags } from '../../electron/shared/tags.ts';
import { isWebUrl } from '../../electron/shared/web-address.ts';

/** The quote (whitespace tidied, one `>` per paragraph) with the title and, for web articles, the link. */
export function formatQuote(quote: string, title: string, source: ArticleSource | null): string {
  const paragraphs = quote
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const body = paragraphs.map((p) => `> ${p}`).join('\n>\n');
  const link = source?.kind === 'url' && isWebUrl(source.value) ? source.value : null;
  const cite = link ? `— ${title}, ${link}` : `— ${title}`;
  return `${body}\n\n${cite}\n`;
}

/** Tags as typed, comma-separated, tidied by the same rule core stores them by. */
export function parseTags(input: string): string[] {
  return normalizeTags(input.split(','));
}
