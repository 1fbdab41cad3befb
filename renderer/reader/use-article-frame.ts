/**
 * Connects the article iframe to the reader: styles it from the settings, wires keys and links, and runs the
 * reading session (restore, follow, save, re-anchor) for as long as the document is loaded.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article, ReadingProgress } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { settings } from '../app/settings-store.ts';
import { applyAppearance, wireArticleDocument, type ArticleAppearance } from './article-frame.ts';
import { paintedTheme } from '../../electron/shared/vocabularies.ts';
import type { WriteState } from './debounced-writer.ts';
import { startReadingSession, type ReadingSession } from './reading-session.ts';
import { isHugeArticle } from './body-chunks.ts';
import { readAnchor, scrollFraction } from './reading-anchor.ts';
import { readingBlocks } from './reading-blocks.ts';
import { followProgressiveBody, type ProgressiveBody } from './progressive-body.ts';
import { firstScreenFontsLoaded } from './first-screen-fonts.ts';
import { watchReaderMoves, type ReaderMoves } from './reader-moves.ts';

interface FrameCallbacks {
  onKeyDown(event: KeyboardEvent): void;
  onActivity(): void;
  onPointerDown(): void;
  openExternal(url: string): void;
}

interface ArticleFrameState {
  /** The article is on show (a huge one may still be arriving below the first screen). */
  ready: boolean;
  /** On show and all there, its reading place restored: highlights and search hits may be painted. */
  complete: boolean;
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

/** The place at the top of a document the reader has already scrolled, as a starting position; null at the top. */
function placeInView(doc: Document): ReadingProgress | null {
  const anchor = readAnchor(doc, readingBlocks(doc.getElementById('article-body') ?? doc.body));
  return anchor ? { fraction: scrollFraction(doc), anchor, updatedAt: new Date().toISOString() } : null;
}

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
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fraction, setFraction] = useState(article?.progress?.fraction ?? 0);
  const [scrollable, setScrollable] = useState(true);
  const [finished, setFinished] = useState(Boolean(article?.finishedAt));
  const [saveState, setSaveState] = useState<WriteState>('idle');
  const session = useRef<ReadingSession | null>(null);
  const unwire = useRef<(() => void) | null>(null);
  // A huge article's document, styled and wired while it is still arriving (see progressive-body.ts).
  const progressive = useRef<ProgressiveBody | null>(null);
  const earlyDoc = useRef<Document | null>(null);
  // Whether the reader moved while that document was still arriving (see onLoad).
  const earlyMoves = useRef<ReaderMoves | null>(null);
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

  const styleAndWire = useCallback((doc: Document) => {
    applyAppearance(doc, appearanceRef.current);
    unwire.current = wireArticleDocument(doc, {
      onKeyDown: (event) => callbacksRef.current.onKeyDown(event),
      onActivity: () => callbacksRef.current.onActivity(),
      onPointerDown: () => callbacksRef.current.onPointerDown(),
      openExternal: (url) => callbacksRef.current.openExternal(url),
    });
  }, []);

  // A huge article is shown while it is still arriving: from its first chunk when it opens at the top, and at a
  // saved place as soon as the chunks hold that place's block, restored there before it is shown (so the first thing
  // seen is the place, not the title and then a jump). Only a place saved as a bare fraction (imported progress)
  // waits for the whole text, whose height it needs.
  useEffect(() => {
    const frame = iframe.current;
    setLoaded(false);
    if (!article || !frame || !isHugeArticle(article)) return;
    const saved = article.progress;
    const place = saved?.anchor ?? null;
    if (!place && (saved?.fraction ?? 0) > 0) return;
    const path = `/articles/${encodeURIComponent(article.id)}/document`;
    const follower = followProgressiveBody(
      frame,
      path,
      appearanceRef.current.lineWidth,
      (doc) => {
        earlyDoc.current = doc;
        earlyMoves.current = watchReaderMoves([doc, window]);
        styleAndWire(doc);
        void firstScreenFontsLoaded(doc, FONT_WAIT_MS).then(() => {
          if (earlyDoc.current !== doc) return;
          // Placed by a session over the blocks parsed so far; it saves nothing: the real one starts at load.
          if (place) session.current = startReadingSession(doc, { chunked: true, initial: saved, save: async () => ({ finished: false }), onFraction: () => {}, onFinished: () => {} });
          setReady(true);
        });
      },
      place ? place.block : 0,
    );
    progressive.current = follower;
    return () => {
      follower.stop();
      progressive.current = null;
      earlyDoc.current = null;
      earlyMoves.current?.stop();
      earlyMoves.current = null;
    };
  }, [article?.id]);

  const onLoad = useCallback(() => {
    const doc = iframe.current?.contentDocument;
    if (!article || !doc) return;
    const wiredEarly = earlyDoc.current === doc;
    earlyDoc.current = null;
    const movedEarly = earlyMoves.current?.moved() ?? false;
    earlyMoves.current?.stop();
    earlyMoves.current = null;
    if (wiredEarly) {
      // Keep the wiring made while the document arrived; only an older session goes.
      const keep = unwire.current;
      unwire.current = null;
      teardown();
      unwire.current = keep;
    } else {
      teardown();
    }
    // Loaded: the last blocks go into chunks and following the parser stops, whatever the document turned out to be.
    const chunked = progressive.current !== null;
    progressive.current?.finish(doc);
    if (!doc.getElementById('article-body')) {
      setError('This article’s text could not be opened. It may have been removed; go back and try another.');
      return;
    }
    if (!wiredEarly) styleAndWire(doc);
    session.current = startReadingSession(doc, {
      chunked,
      // Read on while the rest arrived: where the reader is now is where the session starts. Otherwise the saved
      // place is restored again, exactly: the view may have drifted a line while the rest arrived (see reader-moves.ts).
      initial: wiredEarly && movedEarly ? placeInView(doc) : article.progress,
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
    // Complete (highlights and search hits may be painted) only then too, also for a book shown while arriving.
    const started = session.current;
    void Promise.race([doc.fonts.ready, new Promise((r) => setTimeout(r, FONT_WAIT_MS))]).then(() => {
      if (session.current !== started) return;
      started.reflowed();
      setLoaded(true);
      setReady(true);
    });
  }, [article, teardown, styleAndWire]);

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
  const complete = ready && loaded;
  return { ready, complete, error, fraction, scrollable, finished, saveState, onLoad, session: currentSession, focusArticle };
}
