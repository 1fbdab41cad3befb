/**
 * Connects the article iframe to the reader: styles it from the settings, wires keys and links, and runs the
 * reading session (restore, follow, save, re-anchor) for as long as the document is loaded.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { settings } from '../app/settings-store.ts';
import { applyAppearance, wireArticleDocument, type ArticleAppearance } from './article-frame.ts';
import { paintedTheme } from '../../electron/shared/vocabularies.ts';
import type { WriteState } from './debounced-writer.ts';
import { startReadingSession, type ReadingSession } from './reading-session.ts';

interface FrameCallbacks {
  onKeyDown(event: KeyboardEvent): void;
  onActivity(): void;
  onPointerDown(): void;
  openExternal(url: string): void;
}

interface ArticleFrameState {
  ready: boolean;
  error: string | null;
  fraction: number;
  scrollable: boolean;
  finished: boolean;
  saveState: WriteState;
  onLoad(): void;
  session(): ReadingSession | null;
  focusArticle(): void;
}

const darkQuery = '(prefers-color-scheme: dark)';
/** The longest the article stays hidden waiting for its fonts. */
const FONT_WAIT_MS = 700;

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(darkQuery).matches);
  useEffect(() => {
    const query = window.matchMedia(darkQuery);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The appearance the article should have right now. */
export function useArticleAppearance(): ArticleAppearance {
  const prefersDark = usePrefersDark();
  const s = settings.value;
  return { theme: paintedTheme(s.theme, prefersDark), font: s.font, fontSize: s.fontSize, lineWidth: s.lineWidth };
}

export function useArticleFrame(
  iframe: { current: HTMLIFrameElement | null },
  article: Article | null,
  appearance: ArticleAppearance,
  callbacks: FrameCallbacks,
): ArticleFrameState {
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fraction, setFraction] = useState(article?.progress?.fraction ?? 0);
  const [scrollable, setScrollable] = useState(true);
  const [finished, setFinished] = useState(Boolean(article?.finishedAt));
  const [saveState, setSaveState] = useState<WriteState>('idle');
  const session = useRef<ReadingSession | null>(null);
  const unwire = useRef<(() => void) | null>(null);
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const appearanceRef = useRef(appearance);
  appearanceRef.current = appearance;

  useEffect(() => {
    setFinished(Boolean(article?.finishedAt));
  }, [article?.id]);

  const teardown = useCallback(() => {
    const current = session.current;
    session.current = null;
    unwire.current?.();
    unwire.current = null;
    if (current) void current.flush().finally(() => current.dispose());
  }, []);

  const onLoad = useCallback(() => {
    const doc = iframe.current?.contentDocument;
    if (!article || !doc) return;
    teardown();
    if (!doc.getElementById('article-body')) {
      setError('This article’s text could not be opened. It may have been removed; go back and try another.');
      return;
    }
    applyAppearance(doc, appearanceRef.current);
    unwire.current = wireArticleDocument(doc, {
      onKeyDown: (event) => callbacksRef.current.onKeyDown(event),
      onActivity: () => callbacksRef.current.onActivity(),
      onPointerDown: () => callbacksRef.current.onPointerDown(),
      openExternal: (url) => callbacksRef.current.openExternal(url),
    });
    session.current = startReadingSession(doc, {
      initial: article.progress,
      save: async ({ fraction: f, anchor }) => {
        const result = await call('progress.save', { id: article.id, fraction: f, anchor });
        return result.ok ? result.value : { error: result.message };
      },
      onFraction: (f, canScroll) => {
        setFraction(f);
        setScrollable(canScroll);
      },
      onFinished: (done) => setFinished((was) => was || done),
      onSaveState: setSaveState,
    });
    setError(null);
    // Show the article once its web fonts are in (they are local, so this is quick), so the first frame is
    // already in the right face at the right place instead of jumping when the fonts swap in. Never wait long.
    const started = session.current;
    void Promise.race([doc.fonts.ready, new Promise((r) => setTimeout(r, FONT_WAIT_MS))]).then(() => {
      if (session.current !== started) return;
      started.reflowed();
      setReady(true);
    });
  }, [article, teardown]);

  // Theme, font, size and width restyle the loaded document in place. Font, size and width reflow the text, so
  // the anchor is put back; a theme change moves nothing and must not nudge the page.
  useEffect(() => {
    const doc = iframe.current?.contentDocument;
    if (ready && doc) applyAppearance(doc, appearance);
  }, [ready, appearance.theme]);
  useEffect(() => {
    const doc = iframe.current?.contentDocument;
    if (!ready || !doc) return;
    applyAppearance(doc, appearance);
    session.current?.reflowed();
  }, [ready, appearance.font, appearance.fontSize, appearance.lineWidth]);

  useEffect(() => {
    const onHide = () => void session.current?.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      teardown();
    };
  }, [teardown]);

  const focusArticle = useCallback(() => {
    const frame = iframe.current;
    if (!frame) return;
    frame.focus();
    frame.contentWindow?.focus();
  }, []);

  const currentSession = useCallback(() => session.current, []);
  return { ready, error, fraction, scrollable, finished, saveState, onLoad, session: currentSession, focusArticle };
}
