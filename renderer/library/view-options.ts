/** The filters and sorts the library offers, with the words shown for them. */
import { ARTICLE_LIST_SORTS, LIBRARY_FILTERS, LIBRARY_SORTS, type ArticleListSort, type LibraryFilter } from '../../electron/shared/vocabularies.ts';

const FILTER_WORDS: Record<LibraryFilter, { label: string; empty: string }> = {
  all: { label: 'All', empty: 'Nothing here yet.' },
  unread: { label: 'Unread', empty: 'You have read everything you saved. Well done.' },
  'in-progress': { label: 'In progress', empty: 'Nothing half-read: open an article and Lectern keeps your place.' },
  finished: { label: 'Finished', empty: 'Articles you read to the end appear here.' },
  archived: { label: 'Archived', empty: 'Nothing archived. Press a on an article to put it away.' },
  favorites: { label: 'Favorites', empty: 'No favorites yet. Press f on an article you love.' },
};

const SORT_LABELS: Record<ArticleListSort, string> = {
  relevance: 'Best match',
  saved: 'Recently saved',
  title: 'Title',
  progress: 'Progress',
  length: 'Length',
};

export const filterOptions = LIBRARY_FILTERS.map((value) => ({ value, ...FILTER_WORDS[value] }));
export const sortOptions = LIBRARY_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }));
/** While searching: best match first, then the library's sorts. */
export const searchSortOptions = ARTICLE_LIST_SORTS.toSorted((a, b) => Number(b === 'relevance') - Number(a === 'relevance')).map((value) => ({
  value,
  label: SORT_LABELS[value],
}));
