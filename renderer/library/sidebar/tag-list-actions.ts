/** What the sidebar does with tags: show a tag's articles, rename (onto another tag: merge), recolour, delete with Undo. */
import type { TagInfo } from '../../../electron/shared/models.ts';
import type { TagColor } from '../../../electron/shared/vocabularies.ts';
import { tagKey } from '../../../electron/shared/tags.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { refreshSoon, setQuery } from '../library-store.ts';
import { loadTags, tags } from './sidebar-store.ts';
import { tagQuery } from './tag-query.ts';

export function showTag(tag: TagInfo): void {
  setQuery(tagQuery(tag.name));
}

/** The other tag a new name lands on (so the rename is a merge), or null. */
export function mergeTarget(tag: TagInfo, name: string): TagInfo | null {
  const key = tagKey(name);
  return tags.value.find((other) => other.name !== tag.name && tagKey(other.name) === key) ?? null;
}

/** Renames the tag everywhere; onto an existing tag it merges the two. True when done. */
export async function renameTag(tag: TagInfo, name: string): Promise<boolean> {
  const to = name.trim();
  if (to === '' || to === tag.name) return to !== '';
  const into = mergeTarget(tag, to);
  const result = await call('tags.rename', { from: tag.name, to: into?.name ?? to });
  if (!result.ok) {
    showToast(`Could not ${into ? 'merge' : 'rename'} “${tag.name}”: ${result.message}`, { tone: 'error' });
    return false;
  }
  afterChange();
  if (into) showToast(`Merged “${tag.name}” into “${result.value.name}”`);
  else {
    showToast(`Renamed “${tag.name}” to “${result.value.name}”`, {
      action: { label: 'Undo', run: () => undoRename(result.value.name, tag.name) },
    });
  }
  return true;
}

async function undoRename(from: string, to: string): Promise<void> {
  const result = await call('tags.rename', { from, to });
  if (!result.ok) showToast(`Could not undo the rename: ${result.message}`, { tone: 'error' });
  afterChange();
}

export async function recolorTag(tag: TagInfo, color: TagColor | null): Promise<void> {
  if (color === tag.color) return;
  tags.value = tags.value.map((t) => (t.name === tag.name ? { ...t, color } : t));
  const result = await call('tags.setColor', { name: tag.name, color });
  if (!result.ok) showToast(`Could not recolour “${tag.name}”: ${result.message}`, { tone: 'error' });
  void loadTags();
}

export async function deleteTag(tag: TagInfo): Promise<void> {
  const result = await call('tags.delete', { name: tag.name });
  if (!result.ok) {
    showToast(`Could not delete “${tag.name}”: ${result.message}`, { tone: 'error' });
    return;
  }
  afterChange();
  const window = Date.parse(result.value.undoUntil) - Date.now() - 500;
  const uses = tag.articleCount + tag.highlightCount;
  showToast(`Deleted the tag “${tag.name}”${uses > 0 ? ` from ${uses.toLocaleString()} ${uses === 1 ? 'place' : 'places'}` : ''}`, {
    durationMs: Number.isFinite(window) ? Math.min(15_000, Math.max(2_000, window)) : 8_000,
    action: { label: 'Undo', run: () => undoDelete(tag) },
  });
}

async function undoDelete(tag: TagInfo): Promise<void> {
  const result = await call('tags.undoDelete', { name: tag.name });
  if (!result.ok) showToast(`Could not bring back “${tag.name}”: ${result.message}`, { tone: 'error' });
  afterChange();
}

/** Rows show tags and the sidebar counts them: both are fetched again. */
function afterChange(): void {
  void loadTags();
  refreshSoon();
}
