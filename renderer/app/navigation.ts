/**
 * Which view is in front: the library, or the reader for one article. The open article is remembered in
 * settings so Lectern reopens it next time, the way a book stays open at the page.
 */
import { signal } from '@preact/signals';
import { call } from '../api/client.ts';
import { settings, updateSettings } from './settings-store.ts';
import { activeScope } from './shortcuts.ts';
import { focusOnReturn } from '../library/library-store.ts';

export const openArticleId = signal<string | null>(null);

export function openArticle(id: string): void {
  openArticleId.value = id;
  activeScope.value = 'reader';
  if (settings.value.lastOpenArticleId !== id) void updateSettings({ lastOpenArticleId: id });
}

export function showLibrary(): void {
  if (openArticleId.value) focusOnReturn.pending = true;
  openArticleId.value = null;
  activeScope.value = 'library';
  if (settings.value.lastOpenArticleId !== null) void updateSettings({ lastOpenArticleId: null });
}

/** Reopens the article that was open when Lectern last closed, if it still exists. */
export async function reopenLastArticle(): Promise<void> {
  const id = settings.value.lastOpenArticleId;
  if (!id) return;
  const result = await call('articles.get', { id });
  if (result.ok) openArticle(id);
  else void updateSettings({ lastOpenArticleId: null });
}
