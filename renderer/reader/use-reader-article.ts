/**
 * The open article's record and its two toggles. Archive and favorite change at once and answer with a toast
 * that can undo them, as they do in the library, so a stray "a" while reading costs nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { showToast } from '../ui/toast-store.ts';

type Flag = 'archived' | 'favorite';

const messages: Record<Flag, [on: string, off: string]> = {
  archived: ['Archived', 'Moved back to the library'],
  favorite: ['Added to favorites', 'Removed from favorites'],
};

interface ReaderArticle {
  article: Article | null;
  loadError: string | null;
  toggle(flag: Flag): void;
}

export function useReaderArticle(articleId: string): ReaderArticle {
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const current = useRef<Article | null>(null);
  current.current = article;

  useEffect(() => {
    let live = true;
    setArticle(null);
    setLoadError(null);
    void call('articles.get', { id: articleId }).then((result) => {
      if (!live) return;
      if (result.ok) setArticle(result.value);
      else setLoadError(result.message);
    });
    return () => {
      live = false;
    };
  }, [articleId]);

  const set = useCallback(async (flag: Flag, value: boolean): Promise<boolean> => {
    const before = current.current;
    if (!before) return false;
    setArticle((a) => (a ? { ...a, [flag]: value } : a));
    const result = await call('articles.update', { id: before.id, patch: { [flag]: value } });
    if (result.ok) return true;
    setArticle((a) => (a ? { ...a, [flag]: before[flag] } : a));
    showToast(`Could not change this article: ${result.message}`, { tone: 'error' });
    return false;
  }, []);

  const toggle = useCallback(
    (flag: Flag) => {
      const before = current.current;
      if (!before) return;
      const value = !before[flag];
      void set(flag, value).then((ok) => {
        if (!ok) return;
        showToast(messages[flag][value ? 0 : 1], {
          tone: 'success',
          action: { label: 'Undo', run: () => void set(flag, !value) },
        });
      });
    },
    [set],
  );

  return { article, loadError, toggle };
}
