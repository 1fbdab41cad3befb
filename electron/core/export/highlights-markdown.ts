// Highlights as Markdown that note apps take in as is: Obsidian and Logseq read a blockquote per
// passage, #tags inline, and a link back into Lectern for each highlight.
import type { Highlight } from '../../shared/models.ts';
import { tagKey } from '../../shared/tags.ts';
import { inertMarkdown, markdownText } from './inert-markdown.ts';
import { tidyWhitespace } from '../annotations/quote-whitespace.ts';

/** The link that opens the article in Lectern at one highlight. */
function highlightLink(articleId: string, highlightId: string): string {
  return `lectern://app/articles/${encodeURIComponent(articleId)}#highlight-${encodeURIComponent(highlightId)}`;
}

/**
 * A tag as a #hashtag both apps recognise: spaces become hyphens and punctuation they would end the
 * tag at is dropped. An all-digit tag gets a leading underscore, because Obsidian ignores #2024.
 */
export function hashtag(tag: string): string {
  const body = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (body === '') return '';
  return `#${/^\d+$/.test(body) ? `_${body}` : body}`;
}

/**
 * Tags of every highlight, each once (first spelling wins), for the front matter. In the same
 * single-token form as the inline #tags: Obsidian rejects tag properties with spaces.
 */
export function tagUnion(highlights: readonly Highlight[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const highlight of highlights) {
    for (const tag of highlight.tags) {
      const token = hashtag(tag).slice(1);
      const key = tagKey(token);
      if (token === '' || seen.has(key)) continue;
      seen.add(key);
      tags.push(token);
    }
  }
  return tags;
}

/** Quote every line, blank ones included, so a multi-paragraph passage stays one blockquote; the passage is text, escaped as such. */
function blockquote(text: string): string {
  // A quote keeps no source indentation (which Markdown would read as code), only its paragraph breaks.
  return markdownText(tidyWhitespace(text).trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line.trimEnd()}`))
    .join('\n');
}

/** One highlight: the passage, the reader's note under it, then its tags and the link back. */
function highlightMarkdown(highlight: Highlight): string {
  const parts = [blockquote(highlight.selectors[0].exact)];
  if (highlight.note.trim() !== '') parts.push(inertMarkdown(highlight.note.trim()));
  const tags = highlight.tags.map(hashtag).filter(Boolean);
  parts.push([...tags, `[Open in Lectern](${highlightLink(highlight.articleId, highlight.id)})`].join(' '));
  return parts.join('\n\n');
}

/** The "## Highlights" section, or null when there are none. */
export function highlightsSection(highlights: readonly Highlight[]): string | null {
  if (highlights.length === 0) return null;
  return `## Highlights\n\n${highlights.map(highlightMarkdown).join('\n\n---\n\n')}`;
}
