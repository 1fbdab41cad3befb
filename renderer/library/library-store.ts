/**
 * The library list's state: sort, filter, query, the selection, and rows fetched on demand a page at a
 * time (articles.list), so 10,000 articles cost one small request for the first screen and a few more
 * while scrolling. Module-level, so the list keeps its place while the reader is open.
 */
import { signal } from '@preact/signals';
import type { EventMap } from '../../electron/shared/events.ts';
import type { ArticleSummary, LibraryFilter, LibrarySort, SearchStatus } from '../../electron/shared/models.ts';
import type { ArticleListSort } from '../../electron/shared/vocabularies.ts';
import { readingState } from '../../electron/shared/reading-state.ts';
import { call } from '../api/client.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { PageCache } from './page-cache.ts';
import { latestOnly } from './latest-only.ts';

/**
 * A page is about what a tall window shows plus a screenful ahead. Every row crosses the bridge as JSON (with
 * its snippet while searching), so a smaller first page answers sooner: typing to painted depends on it.
 */
export const PAGE_SIZE = 50;
const REFRESH_COALESCE_MS = 80;
const LIST_CALL_MEASURE = 'lectern:list-call';

/** The user's saved sort, used whenever the search box is empty. */
const sort = signal<LibrarySort>('saved');
/** The sort while a query is present: best match unless the reader picks another for this search. */
const searchSort = signal<ArticleListSort>('relevance');
export const filter = signal<LibraryFilter>('all');
/** What is typed in the search box, at once. */
export const queryInput = signal('');
/** The query the list shows results for (the box's text once sent to core); TAGS-UI's sidebar reads it too. */
export const currentQuery = signal('');
/** What core made of the query: hints for unknown operators or unbalanced quotes, said quietly under the box. */
export const searchHints = signal<string[]>([]);
/** The search index's state (from the last search answer and search.progress); null until a search has run. */
export const searchStatus = signal<SearchStatus | null>(null);
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
export const focusOnReturn = { pending: false, restoring: false };

const cache = new PageCache<ArticleSummary>(PAGE_SIZE);
let generation = 0;
let visible = { start: 0, end: 30 };
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

/** The sort the list is in right now: the search's while there is a query, else the saved one. */
export function listSort(): ArticleListSort {
  return currentQuery.value ? searchSort.value : sort.value;
}

async function fetchPage(page: number): Promise<void> {
  const asked = generation;
  const started = performance.now();
  cache.markLoading(page);
  const result = await call('articles.list', {
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
    sort: listSort(),
    filter: filter.value,
    query: currentQuery.value,
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
  if (page === 0) {
    searchHints.value = result.value.search?.hints ?? [];
    if (result.value.search) searchStatus.value = result.value.search.status;
    // The first page's round trip for a query (the search bench splits key-to-paint with it).
    performance.measure(LIST_CALL_MEASURE, { start: started, detail: currentQuery.value });
  }
  if (selectedIndex.value >= result.value.total) selectedIndex.value = Math.max(0, result.value.total - 1);
  revision.value++;
  if (result.value.total === 0) void countArchived(asked);
}

async function countArchived(asked: number): Promise<void> {
  if (filter.value !== 'all' || currentQuery.value !== '') return;
  const result = await call('articles.list', { offset: 0, limit: 1, sort: 'saved', filter: 'archived', query: '' });
  if (asked === generation && result.ok) archivedCount.value = result.value.total;
}

/** Fetches again what is on screen, keeping the current rows visible until fresh ones arrive; resolves once they have. */
function reload(): Promise<unknown> {
  generation++;
  cache.invalidate();
  revision.value++;
  const first = Math.floor(visible.start / PAGE_SIZE) * PAGE_SIZE;
  visible = { start: first, end: Math.max(visible.end, first + 1) };
  return Promise.all(cache.missingPages(visible.start, visible.end).map(fetchPage));
}

/** Core said the library changed (import, another window, the CLI): refresh soon, once for a burst. */
export function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(reload, REFRESH_COALESCE_MS);
}

function startOver(): Promise<unknown> {
  selectedIndex.value = 0;
  scrollMemory.top = 0;
  listEpoch.value++;
  visible = { start: 0, end: Math.max(30, visible.end - visible.start) };
  return reload();
}

/**
 * A sort picked while searching applies to that search only (best match is where a new search starts);
 * without a query it is the library's sort and is remembered. 'relevance' means nothing without a query.
 */
export function setSort(next: ArticleListSort): void {
  if (currentQuery.value) {
    if (next === searchSort.value) return;
    searchSort.value = next;
  } else {
    if (next === sort.value || next === 'relevance') return;
    sort.value = next;
    void updateSettings({ librarySort: next });
  }
  startOver();
}

export function setFilter(next: LibraryFilter): void {
  if (next === filter.value) return;
  filter.value = next;
  void updateSettings({ libraryFilter: next });
  startOver();
}

/** Shows results for text (trimmed); resolves when core has answered, so the next query can go. */
function applyQuery(text: string): Promise<unknown> {
  if (currentQuery.value === text) return Promise.resolve();
  if (currentQuery.value === '') searchSort.value = 'relevance';
  currentQuery.value = text;
  if (text === '') searchHints.value = [];
  return startOver();
}

const sendQuery = latestOnly(applyQuery);

/** Typing in the box: results as you type, one request at a time, the newest text winning. */
export function setQueryInput(text: string): void {
  queryInput.value = text;
  sendQuery.push(text.trim());
}

/** Puts a query in the box and shows its results at once (a saved search or a tag in the sidebar). */
export function setQuery(text: string): void {
  queryInput.value = text;
  sendQuery.now(text.trim());
}

/** Resolves once the list shows the answer for the newest query typed (Enter must not open a stale row). */
export function whenResultsReady(): Promise<void> {
  return sendQuery.idle();
}

/** Empties the box; the list returns to the library's own sort. */
export function clearQuery(): void {
  setQuery('');
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
  if (listSort() === 'progress' || (READING_FILTERS.has(filter.value) && (seen.moved || !seen.row))) refreshSoon();
}

/** The index reported progress (search.progress): the quiet line follows it; once ready, a search on screen is asked again. */
export function applySearchProgress(status: SearchStatus): void {
  const wasBuilding = searchStatus.value?.state === 'building';
  searchStatus.value = status;
  if (wasBuilding && status.state === 'ready' && currentQuery.value) refreshSoon();
}
