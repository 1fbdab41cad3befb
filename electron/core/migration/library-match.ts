/** Finds the articles of the library an import's items already are: by link identity, or by title for items without a link. */
import { urlIdentity } from '../../shared/url-identity.ts';
import type { ArticleRecord } from '../library/schema.ts';
import { titleKey } from './import-plan.ts';

type LibraryMatch = (key: string) => string | undefined;

/** An index of the live articles by the keys an import plan uses; answers an article id or undefined. */
export function matchLibrary(records: readonly ArticleRecord[]): LibraryMatch {
  const ids = new Map<string, string>();
  for (const record of records) {
    if (record.deletedAt) continue;
    for (const url of [record.source.kind === 'url' ? record.source.value : null, record.canonicalUrl]) {
      const key = url ? urlIdentity(url) : null;
      if (key && !ids.has(key)) ids.set(key, record.id);
    }
    const title = `title:${titleKey(record.title)}`;
    if (!ids.has(title)) ids.set(title, record.id);
  }
  return (key) => ids.get(key);
}

/** The live article a link already is (the same URL identity), or undefined: saving it again must not make a copy. */
export function articleWithUrl(records: readonly ArticleRecord[], url: string): string | undefined {
  const key = urlIdentity(url);
  return key === null ? undefined : matchLibrary(records)(key);
}
