/**
 * Archive, favorite and delete, each answered by a toast with Undo. Rows change at once (optimistic);
 * core's 'library.changed' event, or the refresh here, brings the list back in step.
 */
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { showToast } from '../ui/toast-store.ts';
import { patchRow, refreshSoon } from './library-store.ts';

function quoted(title: string): string {
  const short = title.length > 48 ? `${title.slice(0, 46).trimEnd()}…` : title;
  return `“${short}”`;
}

type Patch = { archived?: boolean; favorite?: boolean; finished?: boolean };

async function update(article: ArticleSummary, patch: Patch): Promise<boolean> {
  const { finished, ...flags } = patch;
  patchRow(article.id, finished === undefined ? flags : { ...flags, finishedAt: finished ? new Date().toISOString() : null });
  const result = await call('articles.update', { id: article.id, patch });
  if (!result.ok) {
    patchRow(article.id, { archived: article.archived, favorite: article.favorite, finishedAt: article.finishedAt });
    showToast(`Could not change ${quoted(article.title)}: ${result.message}`, { tone: 'error' });
    return false;
  }
  refreshSoon();
  return true;
}

export async function toggleArchived(article: ArticleSummary): Promise<void> {
  const archived = !article.archived;
  if (!(await update(article, { archived }))) return;
  showToast(archived ? `Archived ${quoted(article.title)}` : `Moved ${quoted(article.title)} back to the library`, {
    action: { label: 'Undo', run: () => void update({ ...article, archived }, { archived: !archived }) },
  });
}

export async function toggleFavorite(article: ArticleSummary): Promise<void> {
  const favorite = !article.favorite;
  if (!(await update(article, { favorite }))) return;
  showToast(favorite ? `Added ${quoted(article.title)} to favorites` : `Removed ${quoted(article.title)} from favorites`, {
    action: { label: 'Undo', run: () => void update({ ...article, favorite }, { favorite: !favorite }) },
  });
}

export async function toggleFinished(article: ArticleSummary): Promise<void> {
  const finished = article.finishedAt === null;
  if (!(await update(article, { finished }))) return;
  const undone = { ...article, finishedAt: finished ? new Date().toISOString() : null };
  showToast(finished ? `Marked ${quoted(article.title)} as finished` : `Marked ${quoted(article.title)} as not finished`, {
    action: { label: 'Undo', run: () => void update(undone, { finished: !finished }) },
  });
}

export async function deleteArticle(article: ArticleSummary): Promise<void> {
  const result = await call('articles.delete', { id: article.id });
  if (!result.ok) {
    showToast(`Could not delete ${quoted(article.title)}: ${result.message}`, { tone: 'error' });
    return;
  }
  refreshSoon();
  // The toast lives as long as core keeps the files, a little less so Undo never arrives too late.
  const window = Date.parse(result.value.undoUntil) - Date.now() - 500;
  showToast(`Deleted ${quoted(article.title)}`, {
    durationMs: Number.isFinite(window) ? Math.min(15_000, Math.max(2_000, window)) : 8_000,
    action: { label: 'Undo', run: () => undoDelete(article) },
  });
}

async function undoDelete(article: ArticleSummary): Promise<void> {
  const result = await call('articles.undoDelete', { id: article.id });
  if (!result.ok) {
    showToast(`Could not bring back ${quoted(article.title)}: ${result.message}`, { tone: 'error' });
    return;
  }
  refreshSoon();
  showToast(`Restored ${quoted(article.title)}`, { tone: 'success', durationMs: 3000 });
}
