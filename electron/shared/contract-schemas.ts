/** The two helpers every part of the contract declares its methods with, and the schemas several parts share. */
import * as v from 'valibot';
import { ARTICLE_LIST_SORTS, LIBRARY_FILTERS, LIBRARY_SORTS } from './vocabularies.ts';

/** Declares the output type of a method; it carries no runtime value. */
export function returns<T>(): T {
  return undefined as T;
}

export function method<S extends v.GenericSchema, O>(input: S, output: O) {
  return { input, output };
}

/** What every id Lectern makes looks like (articles, highlights, saved searches): lower-case letters, digits, dashes. */
export const RECORD_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export const articleId = v.pipe(v.string(), v.regex(RECORD_ID, 'not an article id'));

/** Many articles at once (bulk actions, select all matching): at most a whole large library. */
export const articleIds = v.pipe(v.array(articleId), v.minLength(1, 'choose at least one article'), v.maxLength(200_000));

/** A search as typed in the search box or saved as a view; the query language is in shared/search-query.ts. */
export const searchQuery = v.pipe(v.string(), v.maxLength(20_000, 'a search can be at most 20,000 characters'));

export const librarySortSchema = v.picklist(LIBRARY_SORTS);
export const libraryFilterSchema = v.picklist(LIBRARY_FILTERS);
/** articles.list also ranks by relevance (BM25) when there is a query; without one that sort means 'saved'. */
export const articleListSortSchema = v.picklist(ARTICLE_LIST_SORTS);
