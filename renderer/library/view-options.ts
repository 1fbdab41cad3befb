/** The filters and sorts the library offers, with the words shown for them. */
import type { LibraryFilter, LibrarySort } from '../../electron/shared/models.ts';

export const filterOptions: { value: LibraryFilter; label: string; empty: string }[] = [
  { value: 'all', label: 'All', empty: 'Nothing here yet.' },
  { value: 'unread', label: 'Unread', empty: 'You have read everything you saved. Well done.' },
  { value: 'in-progress', label: 'In progress', empty: 'Nothing half-read: open an article and Lectern keeps your place.' },
  { value: 'finished', label: 'Finished', empty: 'Articles you read to the end appear here.' },
  { value: 'archived', label: 'Archived', empty: 'Nothing archived. Press a on an article to put it away.' },
  { value: 'favorites', label: 'Favorites', empty: 'No favorites yet. Press f on an article you love.' },
];

export const sortOptions: { value: LibrarySort; label: string }[] = [
  { value: 'saved', label: 'Recently saved' },
  { value: 'title', label: 'Title' },
  { value: 'progress', label: 'Progress' },
  { value: 'length', label: 'Length' },
];
