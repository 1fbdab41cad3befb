/**
 * What the notebook shows: the filters the reader chose and the items core returned for them, a page at a time.
 * Every change of filter reloads from the first page; a newer request always wins over an older one.
 */
import { computed, signal } from '@preact/signals';
import type { HighlightColor, NotebookItem, NotebookSort } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';

const PAGE = 100;

export const sort = signal<NotebookSort>('newest');
export const color = signal<HighlightColor | null>(null);
export const tag = signal<string>('');
export const query = signal<string>('');
export const items = signal<readonly NotebookItem[]>([]);
export const total = signal<number | null>(null);
export const loadError = signal<string | null>(null);
export const loading = signal(false);

export const filtered = computed(() => color.value !== null || tag.value.trim() !== '' || query.value.trim() !== '');

let requestId = 0;

async function fetchPage(offset: number): Promise<void> {
  const mine = ++requestId;
  loading.value = true;
  const result = await call('notebook.list', {
    offset,
    limit: PAGE,
    sort: sort.value,
    ...(color.value && { color: color.value }),
    ...(tag.value.trim() && { tag: tag.value.trim() }),
    ...(query.value.trim() && { query: query.value.trim() }),
  });
  if (mine !== requestId) return;
  loading.value = false;
  if (!result.ok) {
    loadError.value = result.message;
    return;
  }
  loadError.value = null;
  items.value = offset === 0 ? result.value.items : [...items.value, ...result.value.items];
  total.value = result.value.total;
}

export function reload(): Promise<void> {
  return fetchPage(0);
}

export function loadMore(): Promise<void> {
  return fetchPage(items.value.length);
}

let queryTimer: ReturnType<typeof setTimeout> | undefined;

/** Typing in the search box reloads after a short pause, not on every key. */
export function setQuery(value: string): void {
  query.value = value;
  clearTimeout(queryTimer);
  queryTimer = setTimeout(() => void reload(), 150);
}

export function setSort(value: NotebookSort): void {
  sort.value = value;
  void reload();
}

export function setColor(value: HighlightColor | null): void {
  color.value = value;
  void reload();
}

export function setTag(value: string): void {
  tag.value = value;
  void reload();
}

export function clearFilters(): void {
  color.value = null;
  tag.value = '';
  query.value = '';
  void reload();
}
