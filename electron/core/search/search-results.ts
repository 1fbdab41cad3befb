/**
 * What a search found and which of it a page shows: the best matches ranked by the index come first, the
 * other matches follow in the library's order (a later page asks the index for more and gets them ranked).
 */
import type { ArticleRecord } from '../library/schema.ts';
import type { CutSnippet } from './snippet.ts';

/** The articles a plan finds. */
export interface Found {
  /** For relevance, the best matches that pass the filters, best first (up to the page's end); else empty. */
  ranked: ArticleRecord[];
  /** Every match in the library's order; null when `ranked` holds all a page can show (then only counted). */
  all: ArticleRecord[] | null;
  total: number;
  /** BM25 scores of the ranked ones; null where the index was not asked to rank. */
  scores: Map<string, number> | null;
  /** Body snippets the index cut while ranking, for the page it expected to be shown. */
  snippets: ReadonlyMap<string, CutSnippet>;
}

/** Which of the results a page shows. */
export interface PageRange {
  from: number;
  count: number;
}

/** Rows `from` to `from + count` of the results: the ranked ones first, the rest in the library's order. */
export function pageOf(found: Found, { from, count }: PageRange): ArticleRecord[] {
  if (from + count <= found.ranked.length || found.all === null) return found.ranked.slice(from, from + count);
  const scores = found.scores;
  const rest = scores === null ? found.all : found.all.filter((record) => !scores.has(record.id));
  return [...found.ranked, ...rest].slice(from, from + count);
}

/** The records of the best ids, in rank order, among those the filters kept (one pass, no map of every match). */
export function bestKept(kept: readonly ArticleRecord[], ids: readonly string[]): { record: ArticleRecord; place: number }[] {
  const places = new Map(ids.map((id, place) => [id, place]));
  const slots: (ArticleRecord | undefined)[] = Array.from({ length: ids.length });
  for (const record of kept) {
    const place = places.get(record.id);
    if (place !== undefined) slots[place] = record;
  }
  const found: { record: ArticleRecord; place: number }[] = [];
  slots.forEach((record, place) => record && found.push({ record, place }));
  return found;
}

/**
 * A filtered relevance search from a ranking of every match: the best `want` the filters kept are the page
 * (with their scores), and every kept match is the list a later page continues in.
 */
export function rankKept(kept: ArticleRecord[], everyMatch: { ids: readonly string[]; scores: Float64Array }, want: number): Found {
  const top = bestKept(kept, everyMatch.ids).slice(0, want);
  const scores = new Map(top.map(({ record, place }) => [record.id, everyMatch.scores[place]!]));
  return { ranked: top.map(({ record }) => record), all: kept, total: kept.length, scores, snippets: new Map() };
}
