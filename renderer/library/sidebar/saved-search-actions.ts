/** What the sidebar does with saved searches: run, rename, reorder and delete (Undo saves it again in its place). */
import type { SavedSearch } from '../../../electron/shared/models.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { setQuery } from '../library-store.ts';
import { moveBy, moveTo } from './reorder.ts';
import { loadSavedSearches, savedSearches } from './sidebar-store.ts';

/** Runs it: its query goes into the search box and the list shows its results. */
export function runSavedSearch(search: SavedSearch): void {
  setQuery(search.query);
}

export async function renameSavedSearch(search: SavedSearch, name: string): Promise<boolean> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === search.name) return trimmed !== '';
  const result = await call('savedSearches.update', { id: search.id, name: trimmed });
  if (!result.ok) {
    showToast(`Could not rename “${search.name}”: ${result.message}`, { tone: 'error' });
    return false;
  }
  savedSearches.value = savedSearches.value.map((s) => (s.id === search.id ? result.value : s));
  return true;
}

/** Puts the list in this order at once, then asks core; a refusal puts core's order back. */
async function reorder(ids: string[]): Promise<void> {
  const byId = new Map(savedSearches.value.map((s) => [s.id, s]));
  savedSearches.value = ids.map((id) => byId.get(id)!).filter(Boolean);
  const result = await call('savedSearches.reorder', { ids });
  if (!result.ok) {
    showToast(`Could not reorder the saved searches: ${result.message}`, { tone: 'error' });
    void loadSavedSearches();
  } else savedSearches.value = result.value;
}

/** Alt+↑ / Alt+↓ and the menu: one place up or down. */
export function moveSavedSearch(id: string, delta: number): Promise<void> {
  const ids = savedSearches.value.map((s) => s.id);
  const next = moveBy(ids, id, delta);
  return next.join() === ids.join() ? Promise.resolve() : reorder(next);
}

/** A drop: the dragged search goes to the index it was dropped on. */
export function dropSavedSearch(id: string, to: number): Promise<void> {
  const ids = savedSearches.value.map((s) => s.id);
  const next = moveTo(ids, id, to);
  return next.join() === ids.join() ? Promise.resolve() : reorder(next);
}

export async function deleteSavedSearch(search: SavedSearch): Promise<void> {
  const position = savedSearches.value.findIndex((s) => s.id === search.id);
  const result = await call('savedSearches.delete', { id: search.id });
  if (!result.ok) {
    showToast(`Could not delete “${search.name}”: ${result.message}`, { tone: 'error' });
    return;
  }
  savedSearches.value = savedSearches.value.filter((s) => s.id !== search.id);
  showToast(`Deleted the saved search “${search.name}”`, {
    action: { label: 'Undo', run: () => restoreSavedSearch(search, position) },
  });
}

/** Undo of a delete: saves it again (a new id) and moves it back to where it was. */
async function restoreSavedSearch(search: SavedSearch, position: number): Promise<void> {
  const saved = await call('savedSearches.save', { name: search.name, query: search.query });
  if (!saved.ok) {
    showToast(`Could not bring back “${search.name}”: ${saved.message}`, { tone: 'error' });
    return;
  }
  const listed = await call('savedSearches.list', {});
  if (!listed.ok) return void loadSavedSearches();
  savedSearches.value = listed.value;
  await dropSavedSearch(saved.value.id, position);
}
