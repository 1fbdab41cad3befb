/**
 * The contract's methods for full-text search and saved searches. The search itself is `articles.list`
 * with a query (the library's filters and sort still apply; sort 'relevance' ranks by BM25); these are
 * the rest. Spread into `api` in contract.ts.
 */
import * as v from 'valibot';
import { libraryFilterSchema, method, returns, searchQuery, RECORD_ID } from './contract-schemas.ts';
import type { SavedSearch, SearchStatus } from './models.ts';

const savedSearchId = v.pipe(v.string(), v.regex(RECORD_ID, 'not a saved search id'));
const savedSearchName = v.pipe(v.string(), v.trim(), v.minLength(1, 'a saved search needs a name'), v.maxLength(100));

export const searchMethods = {
  /** Whether the index is ready or being built (with progress); search works meanwhile, more slowly. */
  'search.status': method(v.object({}), returns<SearchStatus>()),
  /** Every article id that matches, for "select all matching" (no paging, no ranking). */
  'articles.matchingIds': method(
    v.object({ filter: libraryFilterSchema, query: v.optional(searchQuery, '') }),
    returns<{ ids: string[] }>(),
  ),

  /** Saved searches in the user's order, each with how many articles match it now. */
  'savedSearches.list': method(v.object({}), returns<SavedSearch[]>()),
  'savedSearches.save': method(v.object({ name: savedSearchName, query: searchQuery }), returns<SavedSearch>()),
  'savedSearches.update': method(
    v.object({ id: savedSearchId, name: v.optional(savedSearchName), query: v.optional(searchQuery) }),
    returns<SavedSearch>(),
  ),
  /** The new order: every saved search id once. */
  'savedSearches.reorder': method(v.object({ ids: v.array(savedSearchId) }), returns<SavedSearch[]>()),
  'savedSearches.delete': method(v.object({ id: savedSearchId }), returns<{ id: string }>()),
};
