import type { LibraryFilter, LibrarySort, ReadingProgress } from '../../shared/models.ts';
import { readingState } from '../../shared/reading-state.ts';
import { foldForSearch, matchesTerms, searchTerms } from '../../shared/search-text.ts';
import type { ArticleRecord } from './schema.ts';

export interface QueryOptions {
  sort: LibrarySort;
  filter: LibraryFilter;
  query: string;
  /** A further test each record must pass (a search's matches and operators). */
  keep?: (record: ArticleRecord) => boolean;
  /** 'all' keeps archived articles too (a search looks everywhere; the plain list leaves them out). */
  allWithArchived?: boolean;
}

type ProgressOf = (id: string) => ReadingProgress | undefined;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function matchesFilter(record: ArticleRecord, filter: LibraryFilter, progressOf: ProgressOf, allWithArchived = false): boolean {
  if (filter === 'all' && allWithArchived) return true;
  if (filter === 'archived') return record.archived;
  if (filter === 'favorites') return record.favorite;
  if (filter === 'finished') return record.finishedAt !== null;
  // The reading lists leave archived articles out, as every read-it-later app does.
  if (record.archived) return false;
  if (filter === 'all') return true;
  return readingState(progressOf(record.id), record.finishedAt) === (filter === 'unread' ? 'unread' : 'reading');
}

function comparator(sort: LibrarySort, progressOf: ProgressOf): (a: ArticleRecord, b: ArticleRecord) => number {
  const newestFirst = (a: ArticleRecord, b: ArticleRecord) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);
  switch (sort) {
    case 'title':
      return (a, b) => collator.compare(a.title, b.title) || newestFirst(a, b);
    case 'length':
      return (a, b) => a.wordCount - b.wordCount || newestFirst(a, b);
    case 'progress':
      return (a, b) => (progressOf(b.id)?.fraction ?? 0) - (progressOf(a.id)?.fraction ?? 0) || newestFirst(a, b);
    default:
      return newestFirst;
  }
}

/** Folded text a filter-box query is matched against. */
function haystack(record: ArticleRecord): string {
  // A web address is worth matching ("lwn.net"); a file's folder path is not ("/home/alice/…").
  const source = record.source.kind === 'url' ? record.source.value : '';
  return foldForSearch(`${record.title}\n${record.siteName ?? ''}\n${record.byline ?? ''}\n${record.excerpt}\n${source}`);
}

/**
 * Filters and sorts the library. Sorted orders are cached per sort key until the library changes,
 * so paging through 10,000 articles costs a filter pass, not a sort, per page.
 */
export class ArticleQuery {
  #sorted = new Map<LibrarySort, ArticleRecord[]>();
  #haystacks = new WeakMap<ArticleRecord, string>();

  /** Forgets cached orders after a change; pass a sort key to forget only that order. */
  invalidate(only?: LibrarySort): void {
    if (only) this.#sorted.delete(only);
    else this.#sorted.clear();
  }

  run(records: readonly ArticleRecord[], options: QueryOptions, progressOf: ProgressOf): ArticleRecord[] {
    let sorted = this.#sorted.get(options.sort);
    if (!sorted) {
      sorted = records.filter((record) => record.deletedAt === null).sort(comparator(options.sort, progressOf));
      this.#sorted.set(options.sort, sorted);
    }
    const terms = searchTerms(options.query);
    const keep = options.keep;
    return sorted.filter(
      (record) =>
        matchesFilter(record, options.filter, progressOf, options.allWithArchived) &&
        (terms.length === 0 || matchesTerms(this.#haystackOf(record), terms, { folded: true })) &&
        (keep === undefined || keep(record)),
    );
  }

  #haystackOf(record: ArticleRecord): string {
    let text = this.#haystacks.get(record);
    if (text === undefined) {
      text = haystack(record);
      this.#haystacks.set(record, text);
    }
    return text;
  }
}
