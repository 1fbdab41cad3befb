import { keyOf as tagKey } from './tag-keys.ts';

/** A record that carries tags: an article or a highlight, live or waiting out its undo window. */
interface TaggedRecord {
  tags: readonly string[];
  /** False while a delete can still be undone: its tags keep their spelling but are not counted. */
  live: boolean;
}

export interface TagTally {
  /** tagKey → the spelling the library uses: the first one met, articles before highlights. */
  spelling: Map<string, string>;
  articles: Map<string, number>;
  highlights: Map<string, number>;
}

/** Counts every tag of the library's articles and highlights, one vocabulary for both. */
export function tallyTags(articles: Iterable<TaggedRecord>, highlights: Iterable<TaggedRecord>): TagTally {
  const tally: TagTally = { spelling: new Map(), articles: new Map(), highlights: new Map() };
  const count = (records: Iterable<TaggedRecord>, counts: Map<string, number>) => {
    for (const record of records) {
      for (const tag of record.tags) {
        const key = tagKey(tag);
        if (key === '') continue;
        if (!tally.spelling.has(key)) tally.spelling.set(key, tag);
        if (record.live) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  };
  count(articles, tally.articles);
  count(highlights, tally.highlights);
  return tally;
}
