import type { ArticleSummary } from '../../shared/models.ts';
import { usageError } from '../cli-error.ts';

/** `ID TAG…` of lectern tag and lectern untag: one article id, then at least one tag (one word each, quote spaces). */
export function articleAndTags(command: string, args: readonly string[]): { id: string; tags: string[] } {
  const [id, ...tags] = args;
  if (id === undefined || tags.length === 0) throw usageError(`lectern ${command} needs an article id and at least one tag, e.g. lectern ${command} ID "to read".`);
  return { id, tags };
}

/** An article's tags as the listings show them: `#one #two`, or a word for none. */
export function shownTags(article: Pick<ArticleSummary, 'tags'>): string {
  return article.tags.length === 0 ? 'no tags' : article.tags.map((tag) => `#${tag}`).join(' ');
}
