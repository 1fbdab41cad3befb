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
import { IndexError } from './index-engine.ts';
import type { IndexSync } from './index-sync.ts';
import { fieldMatch, searchMatch } from './search-match.ts';
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

/** The articles a plan finds, best first for relevance; scores are null where the index was not asked. */
const splitIds = (ids: string): string[] => (ids === '' ? [] : ids.split('\n'));

interface Found {
  records: ArticleRecord[];
  scores: Map<string, number> | null;
}

export class SearchService {
  readonly #library: Library;
  readonly #sync: IndexSync;
  readonly #highlightsOf: (articleId: string) => readonly HighlightText[];

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
    const found = await this.#find(plan, input.sort, input.filter, input.offset + input.limit);
    const page = found.records.slice(input.offset, input.offset + input.limit).map((record) => this.#library.summary(record));
    const items = plan.terms.length > 0 ? await this.#withMatches(page, plan, found.scores) : page;
    return { items, total: found.records.length, offset: input.offset, search: { hints: plan.hints, status: this.status() } };
  }

  /** Every article id the query and filter keep, in the library's order. */
  async matchingIds(input: { filter: LibraryFilter; query: string }): Promise<{ ids: string[] }> {
    // Without a query, the ids of exactly the list on screen (which leaves archived articles out of 'all').
    if (input.query.trim() === '') return { ids: this.#library.select({ sort: 'saved', filter: input.filter, query: '' }).map((record) => record.id) };
    const found = await this.#find(planSearch(input.query, { typing: false }), 'saved', input.filter, 0);
    return { ids: found.records.map((record) => record.id) };
  }

  /** The records a plan finds; for relevance, the best `want` of them come first in rank order. */
  async #find(plan: SearchPlan, sort: ArticleListSort, filter: LibraryFilter, want: number): Promise<Found> {
    const passes = this.#filterOf(plan);
    const librarySort = sort === 'relevance' ? 'saved' : sort;
    const expression = plan.match ?? plan.exclude;
    if (expression === null) return { records: this.#library.select({ sort: librarySort, filter, query: '', keep: passes, allWithArchived: true }), scores: null };
    const client = await this.#sync.ready();
    if (client === null) {
      // Building: the words are matched in titles, sites, authors and excerpts, as the list filter does.
      const query = plan.match === null ? '' : plan.terms.join(' ');
      return { records: this.#library.select({ sort: librarySort, filter, query, keep: passes, allWithArchived: true }), scores: null };
    }
    const ranked = plan.match !== null && sort === 'relevance';
    let result: Awaited<ReturnType<typeof client.call<'search'>>>;
    try {
      result = await client.call('search', expression, ranked ? want : null);
    } catch (error) {
      if (!(error instanceof IndexError)) throw error;
      if (error.kind === 'query') throw new CoreError(ErrorCode.invalidInput, `Lectern could not run this search (${error.message}). Try putting the words in quotes.`);
      this.#sync.damaged(error);
      return this.#find(plan, sort, filter, want);
    }
    const hits = new Set(splitIds(result.ids));
    const keep =
      plan.match === null
        ? (record: ArticleRecord) => !hits.has(record.id) && (passes === undefined || passes(record))
        : (record: ArticleRecord) => hits.has(record.id) && (passes === undefined || passes(record));
    const records = this.#library.select({ sort: librarySort, filter, query: '', keep, allWithArchived: true });
    if (!ranked || result.best === null) return { records, scores: null };
    // Relevance: the index ranks only the best `want`; when the filters leave too few of them, ask for more.
    const kept = new Map(records.map((record) => [record.id, record]));
    let best = result.best;
    let asked = want;
    const enough = Math.min(want, records.length);
    for (;;) {
      const found = splitIds(best.ids).filter((id) => kept.has(id)).length;
      if (found >= enough || best.scores.length < asked) break;
      asked *= 4;
      best = (await client.call('search', expression, asked)).best!;
    }
    const top: ArticleRecord[] = [];
    const scores = new Map<string, number>();
    splitIds(best.ids).forEach((id, i) => {
      const record = kept.get(id);
      if (record === undefined || top.length >= want) return;
      top.push(record);
      scores.set(id, best.scores[i]!);
    });
    // The rest follow in the library's order: a later page asks for more and gets them ranked.
    return { records: [...top, ...records.filter((record) => !scores.has(record.id))], scores };
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
  async #withMatches(items: ArticleSummary[], plan: SearchPlan, ranked: Map<string, number> | null): Promise<ArticleSummary[]> {
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
    const needBody = items.filter((_, i) => fields[i] === null).map((item) => item.id);
    const client = await this.#sync.ready();
    const bodies: Record<string, CutSnippet> = client && needBody.length > 0 ? await client.call('snippets', needBody, terms).catch(() => ({})) : {};
    // Only a relevance page is ranked (ranking every match to score a page in another order costs too much).
    const scores = ranked;
    return items.map((item, i) => {
      const score = scores?.get(item.id) ?? 0;
      const field = fields[i];
      if (field) return { ...item, match: searchMatch(field.field, field.cut, score) };
      // Without the index (building) the list filter matched the excerpt: show it, with no place in the text.
      const body = bodies[item.id] ?? { ...cutSnippet(item.excerpt, terms), range: null };
      return { ...item, match: searchMatch('body', body, score) };
    });
  }
}
