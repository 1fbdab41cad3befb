/**
 * Bulk actions over the selection: archive, unarchive, favorite, mark finished, delete. Each answers with
 * one toast whose Undo reverses the whole batch, and only the articles the action really changed.
 */
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { filter, refreshSoon } from '../library-store.ts';
import { describePatch, inversePatch, type BulkPatch } from './bulk-patch.ts';
import { clearSelection, selectedIds } from './selection-store.ts';
import { articleCount } from './selection-set.ts';

/** Sends the patch to the selected articles; clears the selection, since the rows may leave the list. */
export async function updateSelected(patch: BulkPatch): Promise<void> {
  const ids = [...selectedIds.value];
  if (ids.length === 0) return;
  const result = await call('articles.updateMany', { ids, patch });
  if (!result.ok) {
    showToast(`Could not change ${articleCount(ids.length)}: ${result.message}`, { tone: 'error' });
    return;
  }
  clearSelection();
  refreshSoon();
  const changed = result.value.changed;
  if (changed.length === 0) {
    showToast(`Nothing to change: ${ids.length === 1 ? 'that article was' : `all ${articleCount(ids.length)} were`} already so`);
    return;
  }
  showToast(describePatch(patch, articleCount(changed.length)), {
    action: { label: 'Undo', run: () => undoUpdate(changed, patch) },
  });
}

async function undoUpdate(ids: string[], patch: BulkPatch): Promise<void> {
  const result = await call('articles.updateMany', { ids, patch: inversePatch(patch) });
  if (!result.ok) showToast(`Could not undo: ${result.message}`, { tone: 'error' });
  refreshSoon();
}

/** Deletes the selected articles; one Undo brings them all back within the undo window. */
export async function deleteSelected(): Promise<void> {
  const ids = [...selectedIds.value];
  if (ids.length === 0) return;
  const result = await call('articles.deleteMany', { ids });
  if (!result.ok) {
    showToast(`Could not delete ${articleCount(ids.length)}: ${result.message}`, { tone: 'error' });
    return;
  }
  clearSelection();
  refreshSoon();
  const deleted = result.value.ids;
  // As for one article: the toast lasts as long as core keeps the files, a little less so Undo is never late.
  const window = Date.parse(result.value.undoUntil) - Date.now() - 500;
  showToast(`Deleted ${articleCount(deleted.length)}`, {
    durationMs: Number.isFinite(window) ? Math.min(15_000, Math.max(2_000, window)) : 8_000,
    action: { label: 'Undo', run: () => undoDelete(deleted) },
  });
}

async function undoDelete(ids: string[]): Promise<void> {
  const result = await call('articles.undoDeleteMany', { ids });
  refreshSoon();
  if (!result.ok) showToast(`Could not bring them back: ${result.message}`, { tone: 'error' });
  else showToast(`Restored ${articleCount(result.value.changed.length)}`, { tone: 'success', durationMs: 3000 });
}

/** The a key over a selection: archives, or in the Archived view brings back. */
export function archiveSelected(): Promise<void> {
  return updateSelected({ archived: filter.value !== 'archived' });
}
