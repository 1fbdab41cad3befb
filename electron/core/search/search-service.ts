/**
 * `articles.list` with a query, `articles.matchingIds` and `search.status`: the query is planned
 * (search-plan.ts), matched in the index, narrowed by its operators (article-filter.ts) and by the list's
 * own filter ('all' takes in the archive: a search looks everywhere), ordered by relevance or by the library's sort, and each result on the page gets the passage
 * it matched. While the index is being built, the words are matched the way the list filter matches them.
 */
import { ErrorCode } from '../../shared/errors.ts';
import type { ArticlePage, ArticleSummary, LibraryFilter, SearchStatus } from '../../shared/models.ts';
import type { ArticleListSort } from '../../shared/vocabularies.ts';
import { CoreError } from '../core-error.ts';
import type { Library } from '../library/library.ts';
import type { ArticleRecord } from '../library/schema.ts';
import { articleFilter } from './article-filter.ts';
import { articleUrl, type HighlightText } from './index-docs.ts';
import { IndexError, splitIds, type SearchAnswer } from './index-engine.ts';
import type { IndexSync } from './index-sync.ts';
import { fieldMatch, searchMatch } from './search-match.ts';
import { unpackSnippets } from './packed-snippets.ts';
import { pageOf, rankKept, type Found, type PageRange } from './search-results.ts';
import { planSearch, type SearchPlan } from './search-plan.ts';
import { cutSnippet, type CutSnippet } from './snippet.ts';

interface ListInput {
  offset: number;
  limit: number;
  sort: ArticleListSort;
  filter: LibraryFilter;
  query: string;
  /** The last word is still being typed: it matches as a prefix. */
  typing: boolean;
}

interface SearchServiceOptions {
  library: Library;
  sync: IndexSync;
  highlightsOf: (articleId: string) => readonly HighlightText[];
}

/** Asked as the number of best matches, it ranks them all (SQLite's LIMIT takes it as "no limit"). */
const EVERY_MATCH = 2 ** 31 - 1;

export class SearchService {
  readonly #library: Library;
  readonly #sync: IndexSync;
  readonly #highlightsOf: (articleId: string) => readonly HighlightText[];
  #awaitingPurge = { changes: -1, any: false };

  constructor(options: SearchServiceOptions) {
    this.#library = options.library;
    this.#sync = options.sync;
    this.#highlightsOf = options.highlightsOf;
  }

  status(): SearchStatus {
    return this.#sync.status;
  }

  /** The list page; without a query exactly the library's list. */
  async list(input: ListInput): Promise<ArticlePage> {
    const sort = input.sort === 'relevance' ? 'saved' : input.sort;
    if (input.query.trim() === '') return this.#library.list({ offset: input.offset, limit: input.limit, filter: input.filter, sort, query: '' });
    const plan = planSearch(input.query, { typing: input.typing });
    const range = { from: input.offset, count: input.limit };
    const found = await this.#find(plan, input.sort, input.filter, range);
    const page = pageOf(found, range).map((record) => this.#library.summary(record));
    const items = plan.terms.length > 0 ? await this.#withMatches(page, plan, found) : page;
    return { items, total: found.total, offset: input.offset, search: { hints: plan.hints, status: this.status() } };
  }

  /** Every article id the query and filter keep, in the library's order. */
  async matchingIds(input: { filter: LibraryFilter; query: string }): Promise<{ ids: string[] }> {
    // Without a query, the ids of exactly the list on screen (which leaves archived articles out of 'all').
    if (input.query.trim() === '') return { ids: this.#library.select({ sort: 'saved', filter: input.filter, query: '' }).map((record) => record.id) };
    const found = await this.#find(planSearch(input.query, { typing: false }), 'saved', input.filter, null);
    return { ids: (found.all ?? found.ranked).map((record) => record.id) };
  }

  /** The records a plan finds; for relevance, the best up to the page's end come first in rank order. */
  async #find(plan: SearchPlan, sort: ArticleListSort, filter: LibraryFilter, range: PageRange | null): Promise<Found> {
    const passes = this.#filterOf(plan);
    const librarySort = sort === 'relevance' ? 'saved' : sort;
    const expression = plan.match ?? plan.exclude;
    const unranked = (all: ArticleRecord[]): Found => ({ ranked: [], all, total: all.length, scores: null, snippets: new Map() });
    if (expression === null) return unranked(this.#library.select({ sort: librarySort, filter, query: '', keep: passes, allWithArchived: true }));
    const client = await this.#sync.ready();
    if (client === null) {
      // Building: the words are matched in titles, sites, authors and excerpts, as the list filter does.
      const query = plan.match === null ? '' : plan.terms.join(' ');
      return unranked(this.#library.select({ sort: librarySort, filter, query, keep: passes, allWithArchived: true }));
    }
    const want = range === null ? 0 : range.from + range.count;
    const ranked = plan.match !== null && sort === 'relevance' && range !== null;
    try {
      // Every live article, ranked: the index's count is the total and its best are the page, so the
      // thousands of ids a common word matches need not cross to this thread and be looked up, and the
      // index cuts the page's passages in the same trip.
      const everywhere = ranked && passes === undefined && filter === 'all' && !this.#anyAwaitingPurge();
      if (everywhere) {
        const snippets = plan.terms.length > 0 ? { terms: plan.terms, ...range } : null;
        const found = this.#bestOnly(await client.call('search', expression, { best: want, everyId: false, snippets }));
        if (found !== null) return found;
      }
      // Filtered (or the index is behind the library): every match is looked up here and the page is known only
      // then. Ranked, every match is ranked in this one trip: its ids are then the list of matches too, and the
      // filters' best are among them however few pass. (The best page alone plus every id cost two passes over
      // the index, and more each time the filters left too few of that page: 12-18 ms for site: at 10,000.)
      const result = await client.call('search', expression, { best: ranked ? EVERY_MATCH : null, everyId: true, snippets: null });
      // Ranked, these are in rank order (the same string as result.best.ids): split once for both uses.
      const matchIds = splitIds(result.ids ?? '');
      const hits = new Set(matchIds);
      const keep =
        plan.match === null
          ? (record: ArticleRecord) => !hits.has(record.id) && (passes === undefined || passes(record))
          : (record: ArticleRecord) => hits.has(record.id) && (passes === undefined || passes(record));
      const all = this.#library.select({ sort: librarySort, filter, query: '', keep, allWithArchived: true });
      if (!ranked || result.best === null) return unranked(all);
      return rankKept(all, { ids: matchIds, scores: result.best.scores }, want);
    } catch (error) {
      if (!(error instanceof IndexError)) throw error;
      if (error.kind === 'query') throw new CoreError(ErrorCode.invalidInput, `Lectern could not run this search (${error.message}). Try putting the words in quotes.`);
      this.#sync.damaged(error);
      return this.#find(plan, sort, filter, range);
    }
  }

  /**
   * Whether an article deleted with undo waits for its purge: the index keeps it meanwhile, so its count
   * would include it. Remembered until the library changes (looking through 100,000 records took 12 ms).
   */
  #anyAwaitingPurge(): boolean {
    const changes = this.#sync.changes;
    if (this.#awaitingPurge.changes !== changes) this.#awaitingPurge = { changes, any: this.#library.records().some((record) => record.deletedAt !== null) };
    return this.#awaitingPurge.any;
  }

  /** The page from the index's best alone; null when one of them is not a live article (the index is behind). */
  #bestOnly(answer: SearchAnswer): Found | null {
    const best = answer.best!;
    const ranked: ArticleRecord[] = [];
    const scores = new Map<string, number>();
    for (const [place, id] of splitIds(best.ids).entries()) {
      const record = this.#library.indexable(id)?.record;
      if (record === undefined) return null;
      ranked.push(record);
      scores.set(id, best.scores[place]!);
    }
    return { ranked, all: null, total: answer.count, scores, snippets: unpackSnippets(answer.snippets) };
  }

  /** The query's operators as a test on a record (tag:, site:, is:, saved: …). */
  #filterOf(plan: SearchPlan): ((record: ArticleRecord) => boolean) | undefined {
    if (plan.filters.clauses.length === 0) return undefined;
    const test = articleFilter(plan.filters);
    return (record) => {
      const summary = this.#library.summary(record);
      return test({ ...summary, url: articleUrl(record), highlightCount: this.#highlightsOf(record.id).length });
    };
  }

  /** Each item with the field it matched best and its passage; body passages come from the index. */
  async #withMatches(items: ArticleSummary[], plan: SearchPlan, found: Found): Promise<ArticleSummary[]> {
    const terms = plan.terms;
    const fields = items.map((item) =>
      fieldMatch(
        {
          title: item.title,
          author: item.byline ?? '',
          site: item.siteName ?? '',
          url: articleUrl(item),
          note: item.hasNote ? this.#library.get(item.id).note : '',
          highlights: this.#highlightsOf(item.id),
        },
        terms,
      ),
    );
    // The index cut the expected page's passages while ranking; only others (filters moved the page) cost a second trip.
    const needBody = items.filter((item, i) => fields[i] === null && !found.snippets.has(item.id)).map((item) => item.id);
    const client = needBody.length > 0 ? await this.#sync.ready() : null;
    const cut = client ? await client.call('snippets', needBody, terms).then(unpackSnippets, () => new Map<string, CutSnippet>()) : new Map<string, CutSnippet>();
    const bodyOf = (id: string) => found.snippets.get(id) ?? cut.get(id);
    // Only a relevance page is ranked (ranking every match to score a page in another order costs too much).
    const scores = found.scores;
    return items.map((item, i) => {
      const score = scores?.get(item.id) ?? 0;
      const field = fields[i];
      if (field) return { ...item, match: searchMatch(field.field, field.cut, score) };
      // Without the index (building) the list filter matched the excerpt: show it, with no place in the text.
      const body = bodyOf(item.id) ?? { ...cutSnippet(item.excerpt, terms), range: null };
      return { ...item, match: searchMatch('body', body, score) };
    });
  }
}
