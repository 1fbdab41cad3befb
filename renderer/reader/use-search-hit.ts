/**
 * A search result opened at its passage: once the article is ready, the passage is marked and brought into
 * view without moving the saved reading place (see reading-session.ts); Esc or a click clears the mark.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Article } from '../../electron/shared/models.ts';
import { takePendingPassage } from '../highlights/pending-reveal.ts';
import { showToast } from '../ui/toast-store.ts';
import type { ReadingSession } from './reading-session.ts';
import { paintSearchHit } from './search-hit.ts';

interface SearchHitHandle {
  /** Clears the mark; true when there was one (so Esc was used and must not leave the article). */
  clear(): boolean;
}

export function useSearchHit(
  iframe: { current: HTMLIFrameElement | null },
  article: Article | null,
  ready: boolean,
  session: () => ReadingSession | null,
): SearchHitHandle {
  const hit = useRef<ReturnType<typeof paintSearchHit> | null>(null);
  // Before paint, so the first frame already shows the passage rather than the saved place and then a jump.
  useLayoutEffect(() => {
    const doc = iframe.current?.contentDocument;
    const body = doc?.getElementById('article-body');
    if (!ready || !article || !doc || !body) return;
    const range = takePendingPassage(article.id);
    if (!range) return;
    const painted = paintSearchHit(doc, body, range);
    if (!painted.first) {
      showToast('That passage is no longer in the article; it opens where you left off.');
      return;
    }
    hit.current = painted;
    session()?.showPassage(painted.first);
  }, [ready, article?.id]);
  return useMemo(
    () => ({
      clear() {
        const current = hit.current;
        hit.current = null;
        return current?.clear() ?? false;
      },
    }),
    [],
  );
}
