/**
 * Ids for the articles an import adds. With the file's fingerprint, an article's id is derived from it and
 * the item's key (its link), so a second run of the same file after a crash knows which articles the first
 * run wrote and finishes them as its own (import-writer.ts), instead of taking them for the reader's.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ArticleRecord } from '../library/schema.ts';

/** A UUID-shaped id (version 8: custom) from the fingerprint and the key. */
function derivedId(fingerprint: string, key: string): string {
  const hex = createHash('sha256').update(`${fingerprint}\0${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The ids of one import over the library's records (deleted ones too: their ids stay taken until purged). */
export function importArticleIds(records: readonly ArticleRecord[], fingerprint: string | undefined) {
  const taken = new Set(records.map((record) => record.id));
  return {
    /** The id this file gives the item's article, or null without a fingerprint. */
    derived: (key: string): string | null => (fingerprint === undefined ? null : derivedId(fingerprint, key)),
    /** The id for a new article: the derived one while it is free, a random one otherwise. */
    next(key: string): string {
      const id = fingerprint === undefined ? null : derivedId(fingerprint, key);
      const chosen = id !== null && !taken.has(id) ? id : randomUUID();
      taken.add(chosen);
      return chosen;
    },
  };
}
