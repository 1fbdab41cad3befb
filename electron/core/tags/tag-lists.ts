// Edits of one article's or highlight's tag list. Each returns the very same array when it changes
// nothing, so a bulk action can tell which records it really changed (its Undo reverses only those).
import { keyOf as tagKey } from './tag-keys.ts';

/** The list with the tags it lacks (compared by tagKey) appended in the order given. */
export function addTags(tags: string[], add: readonly string[]): string[] {
  const have = new Set(tags.map(tagKey));
  const missing: string[] = [];
  for (const tag of add) {
    if (have.has(tagKey(tag))) continue;
    have.add(tagKey(tag));
    missing.push(tag);
  }
  return missing.length === 0 ? tags : [...tags, ...missing];
}

/** The list without the tags whose key is in keys. */
export function removeTags(tags: string[], keys: ReadonlySet<string>): string[] {
  const kept = tags.filter((tag) => !keys.has(tagKey(tag)));
  return kept.length === tags.length ? tags : kept;
}

/**
 * The list with every tag whose key is in keys folded into `to`, at the place of the first of them;
 * `to` appears once however many of them (or `to` itself, spelled otherwise) the list had.
 */
export function replaceTags(tags: string[], keys: ReadonlySet<string>, to: string): string[] {
  const toKey = tagKey(to);
  let placed = false;
  const next: string[] = [];
  for (const tag of tags) {
    const key = tagKey(tag);
    if (!keys.has(key) && key !== toKey) next.push(tag);
    else if (!placed) {
      next.push(to);
      placed = true;
    }
  }
  return next.length === tags.length && next.every((tag, i) => tag === tags[i]) ? tags : next;
}

/** The list with `tag` put back at `index` (or at the end when the list is shorter), unless it has it. */
export function insertTag(tags: string[], tag: string, index: number): string[] {
  if (tags.some((other) => tagKey(other) === tagKey(tag))) return tags;
  return [...tags.slice(0, index), tag, ...tags.slice(index)];
}

/** Where the list has a tag of that key, or -1. */
export function tagIndex(tags: readonly string[], key: string): number {
  return tags.findIndex((tag) => tagKey(tag) === key);
}
