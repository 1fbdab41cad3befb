/**
 * Which articles are selected for a bulk action (ctrl/cmd-click, shift-click, x, shift+j/k, select all
 * matching). Kept apart from the cursor (library-store's selectedIndex): the cursor is where the keyboard
 * is, the selection is what a bulk action acts on.
 */
import { computed, signal } from '@preact/signals';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { currentQuery, filter, listEpoch, listSort, moveSelection, rowAt, selectedIndex } from '../library-store.ts';
import { rangeBetween, toggled, withAll } from './selection-set.ts';

export const selectedIds = signal<ReadonlySet<string>>(new Set());
export const selectionCount = computed(() => selectedIds.value.size);

/** The row a shift-click extends from: the last row toggled, else the cursor. */
let anchor: number | null = null;
const RANGE_PAGE = 500;

export function clearSelection(): void {
  anchor = null;
  if (selectedIds.value.size > 0) selectedIds.value = new Set();
}

/** Toggles the row at index (ctrl/cmd-click, x) and makes it the anchor for shift-click. */
export function toggleRow(index: number): void {
  const row = rowAt(index);
  if (!row) return;
  selectedIds.value = toggled(selectedIds.value, row.id);
  anchor = index;
}

/** Adds every row from the anchor to index (shift-click); rows not fetched yet are asked for. */
export async function selectRangeTo(index: number): Promise<void> {
  const { start, end } = rangeBetween(anchor ?? selectedIndex.value, index);
  anchor = index;
  const ids: string[] = [];
  const missing: number[] = [];
  for (let i = start; i <= end; i++) {
    const row = rowAt(i);
    if (row) ids.push(row.id);
    else missing.push(i);
  }
  selectedIds.value = withAll(selectedIds.value, ids);
  if (missing.length > 0) selectedIds.value = withAll(selectedIds.value, await fetchIds(missing[0]!, missing.at(-1)! + 1));
}

async function fetchIds(start: number, end: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = start; offset < end; offset += RANGE_PAGE) {
    const input = { offset, limit: Math.min(RANGE_PAGE, end - offset), sort: listSort(), filter: filter.value, query: currentQuery.value };
    const result = await call('articles.list', input);
    if (!result.ok) {
      showToast(`Could not select every article in that range: ${result.message}`, { tone: 'error' });
      break;
    }
    ids.push(...result.value.items.map((item) => item.id));
  }
  return ids;
}

/** Shift+j / shift+k: selects the row under the cursor and the one it moves to. */
export function extendSelection(delta: number): void {
  const from = rowAt(selectedIndex.value);
  moveSelection(delta);
  const to = rowAt(selectedIndex.value);
  selectedIds.value = withAll(selectedIds.value, [from?.id, to?.id].filter((id): id is string => id !== undefined));
  anchor = selectedIndex.value;
}

/** Selects every article the current filter and search match, not only the rows fetched so far. */
export async function selectAllMatching(): Promise<void> {
  const result = await call('articles.matchingIds', { filter: filter.value, query: currentQuery.value });
  if (!result.ok) {
    showToast(`Could not select all matching articles: ${result.message}`, { tone: 'error' });
    return;
  }
  selectedIds.value = new Set(result.value.ids);
}

/** A new filter, sort or search starts with nothing selected, so a bulk action never reaches rows out of sight. */
export function clearSelectionOnNewList(): () => void {
  let first = true;
  return listEpoch.subscribe(() => {
    if (!first) clearSelection();
    first = false;
  });
}
