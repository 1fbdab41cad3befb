/**
 * The library list's state: sort, filter, query, the selection, and rows fetched on demand a page at a
 * time (articles.list), so 10,000 articles cost one small request for the first screen and a few more
 * while scrolling. Module-level, so the list keeps its place while the reader is open.
 */
import { signal } from '@preact/signals';
import type { EventMap } from '../../electron/shared/events.ts';
import type { ArticleSummary, LibraryFilter, LibrarySort } from '../../electron/shared/models.ts';
import { readingState } from '../../electron/shared/reading-state.ts';
import { call } from '../api/client.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { PageCache } from './page-cache.ts';

export const PAGE_SIZE = 100;
const QUERY_DEBOUNCE_MS = 120;
const REFRESH_COALESCE_MS = 80;

export const sort = signal<LibrarySort>('saved');
export const filter = signal<LibraryFilter>('all');
/** What is typed in the filter box, at once. */
export const queryInput = signal('');
/** The query sent to core: the input after a short pause in typing. */
export const query = signal('');
/** How many articles match; null until the first page answers. */
export const total = signal<number | null>(null);
/** Bumped whenever cached rows change, so rows read through rowAt re-render. */
export const revision = signal(0);
export const selectedIndex = signal(0);
/** Bumped to ask the list to move keyboard focus to the selected row. */
export const focusRequest = signal(0);
export const listError = signal<string | null>(null);
/** When nothing matches 'all': how many archived articles exist, to say so instead of "empty". */
export const archivedCount = signal(0);
/** Where the list was scrolled, restored when the library returns from the reader. */
export const scrollMemory = { top: 0 };
/** Bumped when the list starts over (new sort, filter or query), so it scrolls back to the top. */
export const listEpoch = signal(0);
/** Set when the reader closes, so the list gives the keyboard back to the row that was open. */
export const focusOnReturn = { pending: false };

const cache = new PageCache<ArticleSummary>(PAGE_SIZE);
let generation = 0;
let visible = { start: 0, end: 30 };
let queryTimer: ReturnType<typeof setTimeout> | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/** Takes sort and filter from settings and loads the first page. */
export function initLibrary(): void {
  sort.value = settings.value.librarySort;
  filter.value = settings.value.libraryFilter;
  reload();
}

/** The row at index if it has arrived; reading it subscribes the caller to cache changes. */
export function rowAt(index: number): ArticleSummary | undefined {
  void revision.value;
  return cache.get(index);
}

export function selectedArticle(): ArticleSummary | undefined {
  return rowAt(selectedIndex.value);
}

/** The list reports what it draws; missing pages in that window are fetched. */
export function showRows(start: number, end: number): void {
  visible = { start, end };
  for (const page of cache.missingPages(start, end)) void fetchPage(page);
}

async function fetchPage(page: number): Promise<void> {
  const asked = generation;
  cache.markLoading(page);
  const result = await call('articles.list', {
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
    sort: sort.value,
    filter: filter.value,
    query: query.value,
  });
  if (asked !== generation) return; // sort, filter or query changed meanwhile: this answer is for another list
  if (!result.ok) {
    cache.fail(page);
    listError.value = result.message;
    return;
  }
  listError.value = null;
  cache.put(page, result.value.items);
  total.value = result.value.total;
  if (selectedIndex.value >= result.value.total) selectedIndex.value = Math.max(0, result.value.total - 1);
  revision.value++;
  if (result.value.total === 0) void countArchived(asked);
}

async function countArchived(asked: number): Promise<void> {
  if (filter.value !== 'all' || query.value !== '') return;
  const result = await call('articles.list', { offset: 0, limit: 1, sort: 'saved', filter: 'archived', query: '' });
  if (asked === generation && result.ok) archivedCount.value = result.value.total;
}

/** Fetches again what is on screen, keeping the current rows visible until fresh ones arrive. */
function reload(): void {
  generation++;
  cache.invalidate();
  revision.value++;
  const first = Math.floor(visible.start / PAGE_SIZE) * PAGE_SIZE;
  showRows(first, Math.max(visible.end, first + 1));
}

/** Core said the library changed (import, another window, the CLI): refresh soon, once for a burst. */
export function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(reload, REFRESH_COALESCE_MS);
}

function startOver(): void {
  selectedIndex.value = 0;
  scrollMemory.top = 0;
  listEpoch.value++;
  visible = { start: 0, end: Math.max(30, visible.end - visible.start) };
  reload();
}

export function setSort(next: LibrarySort): void {
  if (next === sort.value) return;
  sort.value = next;
  void updateSettings({ librarySort: next });
  startOver();
}

export function setFilter(next: LibraryFilter): void {
  if (next === filter.value) return;
  filter.value = next;
  void updateSettings({ libraryFilter: next });
  startOver();
}

export function setQueryInput(text: string): void {
  queryInput.value = text;
  clearTimeout(queryTimer);
  queryTimer = setTimeout(() => {
    if (query.value === text.trim()) return;
    query.value = text.trim();
    startOver();
  }, QUERY_DEBOUNCE_MS);
}

export function clearQuery(): void {
  clearTimeout(queryTimer);
  queryInput.value = '';
  if (query.value === '') return;
  query.value = '';
  startOver();
}

/** Moves the selection by delta rows (or to an absolute row), clamped, and asks for focus to follow. */
export function moveSelection(delta: number, absolute?: number): void {
  const count = total.value ?? 0;
  if (count === 0) return;
  const target = absolute ?? selectedIndex.value + delta;
  selectedIndex.value = Math.min(count - 1, Math.max(0, target));
  focusRequest.value++;
}

/** Applies a change to a cached row at once; the refresh that follows confirms it. */
export function patchRow(id: string, patch: Partial<ArticleSummary>): void {
  cache.patch(
    (row) => row.id === id,
    (row) => ({ ...row, ...patch }),
  );
  revision.value++;
}

/** Filters whose members change with reading progress. */
const READING_FILTERS: ReadonlySet<LibraryFilter> = new Set(['unread', 'in-progress', 'finished']);

/**
 * Reading progress was saved (the reader here, or another window): the row redraws its bar at once. The
 * list is fetched again only when the change can move the row: sorted by progress, or a reading filter
 * whose membership the article's new state changes.
 */
export function applyProgress({ id, fraction, anchor, finished }: EventMap['progress.changed']): void {
  const seen = { row: false, moved: false };
  cache.patch(
    (row) => row.id === id,
    (row) => {
      const finishedAt = finished ? (row.finishedAt ?? new Date().toISOString()) : null;
      const next = { ...row, progress: { fraction, anchor, updatedAt: new Date().toISOString() }, finishedAt };
      seen.row = true;
      seen.moved ||= readingState(row.progress, row.finishedAt) !== readingState(next.progress, next.finishedAt);
      return next;
    },
  );
  revision.value++;
  // A row not on hand may belong in the list now (an unread article is in progress from 1 %).
  if (sort.value === 'progress' || (READING_FILTERS.has(filter.value) && (seen.moved || !seen.row))) refreshSoon();
}
