// Tags are typed by people ("#To Read ", "to read"): store one tidy spelling per tag so the tag field,
// filters, the notebook and exports agree on what counts as the same tag.
import { foldForSearch } from './search-text.ts';

/** Longest tag kept; longer input is cut, not refused. */
const MAX_TAG_LENGTH = 64;

/** Trims, drops leading '#', collapses inner whitespace, removes empties and case-insensitive duplicates (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').slice(0, MAX_TAG_LENGTH).trim();
    const key = tagKey(tag);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** The form tags are compared in: case and accents do not make a different tag. */
export function tagKey(tag: string): string {
  return foldForSearch(tag.replace(/^#+/, '').trim());
}
