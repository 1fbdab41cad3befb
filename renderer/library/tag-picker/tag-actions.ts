/**
 * Tagging and untagging articles, one or many, answered by one toast whose Undo reverses exactly what
 * changed (core's BulkChange.changed: articles that already had a tag are left alone by Undo).
 */
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { refreshSoon } from '../library-store.ts';
import { loadTags } from '../sidebar/sidebar-store.ts';
import { articleCount } from '../selection/selection-set.ts';

/** What the picker asks for: tags to add and to remove, on these articles; `what` names them for the toast. */
interface TagEdit {
  ids: string[];
  added: string[];
  removed: string[];
  what: string;
}

function quotedList(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(', ');
}

/** Applies the edit; true when core took all of it (the picker closes then). */
export async function applyTagEdit({ ids, added, removed, what }: TagEdit): Promise<boolean> {
  const tagged = added.length > 0 ? await call('articles.tag', { ids, tags: added }) : null;
  if (tagged && !tagged.ok) {
    showToast(`Could not tag ${what}: ${tagged.message}`, { tone: 'error' });
    return false;
  }
  const untagged = removed.length > 0 ? await call('articles.untag', { ids, tags: removed }) : null;
  refreshSoon();
  void loadTags();
  if (untagged && !untagged.ok) {
    showToast(`Could not remove tags from ${what}: ${untagged.message}`, { tone: 'error' });
    return false;
  }
  const addedTo = tagged?.ok ? tagged.value.changed : [];
  const removedFrom = untagged?.ok ? untagged.value.changed : [];
  if (addedTo.length === 0 && removedFrom.length === 0) {
    showToast(`Nothing changed: ${what} ${ids.length === 1 ? 'had' : 'all had'} those tags already`);
    return true;
  }
  // Many articles: say how many really changed (some may have had the tag), so the toast matches what Undo does.
  const many = (changed: readonly string[]) => (ids.length === 1 ? what : articleCount(changed.length));
  const message =
    removed.length === 0
      ? `Tagged ${many(addedTo)} with ${quotedList(added)}`
      : added.length === 0
        ? `Removed ${quotedList(removed)} from ${many(removedFrom)}`
        : `Changed the tags of ${what}`;
  showToast(message, { action: { label: 'Undo', run: () => undoTagEdit(addedTo, added, removedFrom, removed) } });
  return true;
}

async function undoTagEdit(addedTo: string[], added: string[], removedFrom: string[], removed: string[]): Promise<void> {
  const results = await Promise.all([
    addedTo.length > 0 ? call('articles.untag', { ids: addedTo, tags: added }) : null,
    removedFrom.length > 0 ? call('articles.tag', { ids: removedFrom, tags: removed }) : null,
  ]);
  refreshSoon();
  void loadTags();
  const failed = results.find((result) => result && !result.ok);
  if (failed && !failed.ok) showToast(`Could not undo the tags: ${failed.message}`, { tone: 'error' });
}

/** "“Title”" for one article, "3 articles" for more: how a toast names what was tagged. */
export function describeTargets(ids: readonly string[], title: string | null): string {
  if (ids.length === 1 && title) return `“${title.length > 48 ? `${title.slice(0, 46).trimEnd()}…` : title}”`;
  return articleCount(ids.length);
}
