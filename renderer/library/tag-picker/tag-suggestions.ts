/**
 * What the tag picker offers while typing: existing tags that match (folded, so "cafe" offers "Café"),
 * words that start with the text first, and a "create" entry when no tag is spelled that way yet.
 */
import type { TagInfo } from '../../../electron/shared/models.ts';
import { foldForSearch } from '../../../electron/shared/search-text.ts';
import { normalizeTags, tagKey } from '../../../electron/shared/tags.ts';

export type TagSuggestion = { kind: 'existing'; name: string; count: number } | { kind: 'create'; name: string };

const MAX_SUGGESTIONS = 8;

/** Suggestions for the typed text, leaving out tags already chosen; the most used first within each kind of match. */
export function suggestTags(text: string, tags: readonly TagInfo[], chosen: readonly string[]): TagSuggestion[] {
  const typed = normalizeTags([text])[0] ?? '';
  const needle = foldForSearch(typed);
  const taken = new Set(chosen.map(tagKey));
  const open = tags.filter((tag) => !taken.has(tagKey(tag.name)));
  const byUse = (a: TagInfo, b: TagInfo) => b.articleCount - a.articleCount || a.name.localeCompare(b.name);
  const starts: TagInfo[] = [];
  const inner: TagInfo[] = [];
  for (const tag of open) {
    const folded = foldForSearch(tag.name);
    if (needle === '' || folded.startsWith(needle) || folded.split(/[\s/-]+/).some((word) => word.startsWith(needle))) starts.push(tag);
    else if (folded.includes(needle)) inner.push(tag);
  }
  const found: TagSuggestion[] = [...starts.sort(byUse), ...inner.sort(byUse)]
    .slice(0, MAX_SUGGESTIONS)
    .map((tag) => ({ kind: 'existing', name: tag.name, count: tag.articleCount }));
  const exists = tags.some((tag) => tagKey(tag.name) === needle);
  if (typed !== '' && !exists && !taken.has(needle)) found.push({ kind: 'create', name: typed });
  return found;
}
