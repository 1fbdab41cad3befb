/**
 * The reader: one article in a calm column, a bar that gets out of the way, and the notebook beside it.
 * The article is a sandboxed, script-less iframe of core's article document; this view drives it from outside.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onShellCommand } from '../api/client.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { createNoteDraft } from '../notes/note-draft.ts';
import { NotesPanel } from '../notes/notes-panel.tsx';
import { AppearancePopover } from './appearance-popover.tsx';
import { stepFontSize } from './appearance-steps.ts';
import { reachedEnd, readingStatus } from './reading-status.ts';
import { ReaderTopBar } from './reader-top-bar.tsx';
import { handleArticleKey, registerReaderShortcuts, type ReaderActions } from './reader-shortcuts.ts';
import { useReaderArticle } from './use-reader-article.ts';
import { ReaderTagButton } from '../library/tag-picker/reader-tag-button.tsx';
import { useArticleAppearance, useArticleFrame } from './use-article-frame.ts';
import { useChromeVisibility } from './use-chrome-visibility.ts';
import { useSearchHit } from './use-search-hit.ts';
import { ExportMenu } from '../highlights/export-menu.tsx';
import { HighlightOverlays } from '../highlights/highlight-overlays.tsx';
import { HighlightsSection } from '../highlights/highlights-section.tsx';
import { useHighlights } from '../highlights/use-highlights.ts';
import './reader.css';

interface ReaderViewProps {
  articleId: string;
  onBack: () => void;
}

/** Leaving waits this long at most for the last position and note to reach core. */
const LEAVE_FLUSH_MS = 1500;

function openExternal(url: string): void {
  // The shell turns window.open into the system browser (http/https only) and denies everything else.
  window.open(url, '_blank', 'noopener');
}

export function ReaderView({ articleId, onBack }: ReaderViewProps) {
  const { article, loadError, toggle } = useReaderArticle(articleId);
  const [appearanceOpen, setAppearanceOpen] = useState(false);
  const [notesFocus, setNotesFocus] = useState(false);
  const iframe = useRef<HTMLIFrameElement>(null);
  const notesOpen = settings.value.notesPanelOpen;
  const appearance = useArticleAppearance();
  const draft = useMemo(() => (article ? createNoteDraft(article.id, article.note) : null), [article?.id]);

  const [barFocused, setBarFocused] = useState(false);
  // The frame reports activity before the chrome hook exists in this render; a ref bridges the two.
  const revealChrome = useRef<() => void>(() => {});
  const clearSearchHit = useRef<() => boolean>(() => false);
  const frame = useArticleFrame(iframe, article, appearance, {
    onKeyDown: (event) => {
      if (!handleArticleKey(event)) revealChrome.current();
    },
    onActivity: () => revealChrome.current(),
    onPointerDown: () => {
      setAppearanceOpen(false);
      clearSearchHit.current();
    },
    openExternal,
  });
  // A huge article shows before all of it has arrived; marks wait until it has, so every offset has its text.
  const highlights = useHighlights(iframe, article, frame.complete);
  const searchHit = useSearchHit(iframe, article, frame.complete, frame.session);
  clearSearchHit.current = searchHit.clear;
  // The bar stays while it is being used (popover, keyboard focus) and at the very top, before reading starts.
  const chrome = useChromeVisibility(appearanceOpen || barFocused || frame.fraction === 0);
  revealChrome.current = chrome.reveal;
  // Reading on (scrolling) after using a bar button hands focus back to the page, so the bar can fade again.
  useEffect(() => {
    if (!barFocused || appearanceOpen) return;
    (document.activeElement as HTMLElement | null)?.blur();
    setBarFocused(false);
  }, [frame.fraction]);

  const leave = useCallback(async () => {
    const flushes = [frame.session()?.flush(), draft?.flush()];
    await Promise.race([Promise.allSettled(flushes), new Promise((r) => setTimeout(r, LEAVE_FLUSH_MS))]);
    onBack();
  }, [frame.session, draft, onBack]);

  useEffect(() => () => {
    void draft?.flush().finally(() => draft.dispose());
  }, [draft]);

  const toggleNotes = useCallback(() => {
    const open = !settings.value.notesPanelOpen;
    if (!open) void draft?.flush();
    setNotesFocus(open);
    void updateSettings({ notesPanelOpen: open });
    if (!open) frame.focusArticle();
  }, [draft, frame.focusArticle]);

  const closeAppearance = useCallback((returnFocus: boolean) => {
    setAppearanceOpen(false);
    if (returnFocus) document.querySelector<HTMLElement>('[data-appearance-toggle]')?.focus();
  }, []);

  // Reading keys pressed while a bar button has focus hand the focus to the article, so the bar can fade.
  const leaveBar = () => {
    if (document.activeElement?.closest('.reader-bar')) frame.focusArticle();
  };

  // Registered once; the actions read the latest state through a ref, so the registry is not churned per render.
  const actions = useRef<ReaderActions | null>(null);
  actions.current = {
    scrollLines: (direction) => {
      leaveBar();
      chrome.conceal();
      const line = settings.value.fontSize * 1.6;
      frame.session()?.scrollBy(direction * Math.round(line * 2));
    },
    scrollPage: (direction) => {
      leaveBar();
      chrome.conceal();
      const session = frame.session();
      if (session) session.scrollBy(direction * session.pageSize());
    },
    scrollToEdge: (edge) => frame.session()?.scrollToEdge(edge),
    changeFontSize: (direction) => void updateSettings({ fontSize: stepFontSize(settings.value.fontSize, direction) }),
    // Esc closes an open popover first, wherever focus is (keys in the article never reach the popover).
    // Then a search hit's mark; only then does Esc leave.
    back: () => (appearanceOpen ? setAppearanceOpen(false) : searchHit.clear() ? undefined : void leave()),
    toggleArchive: () => toggle('archived'),
    toggleFavorite: () => toggle('favorite'),
    toggleNotes,
    openAppearance: () => setAppearanceOpen((open) => !open),
  };
  useEffect(() => registerReaderShortcuts(() => actions.current), []);

  // Keys go to the article, so j/k and the arrow keys scroll it from the first moment.
  useEffect(() => {
    if (frame.ready && !notesFocus) frame.focusArticle();
  }, [frame.ready]);

  // The View menu's "Toggle notes" arrives as a shell command; the app leaves it to the reader.
  useEffect(() => onShellCommand((command) => command === 'toggle-notes' && toggleNotes()), [toggleNotes]);

  // Reaching the end is worth a glance at the bar, which now says "Finished".
  useEffect(() => {
    if (frame.finished) chrome.reveal();
  }, [frame.finished]);

  useEffect(() => {
    const reveal = () => chrome.reveal();
    window.addEventListener('mousemove', reveal, { passive: true });
    return () => window.removeEventListener('mousemove', reveal);
  }, [chrome.reveal]);

  if (loadError) {
    return (
      <div class="reader reader-message" role="alert">
        <p>This article could not be opened: {loadError}</p>
        <button type="button" class="reader-text-button" onClick={onBack}>
          Back to the library
        </button>
      </div>
    );
  }

  const finished = frame.finished || reachedEnd(frame);
  const status =
    article && !frame.error
      ? readingStatus({ readingMinutes: article.readingMinutes, fraction: frame.fraction, scrollable: frame.scrollable, finished: frame.finished })
      : '';

  return (
    <div
      class="reader"
      data-chrome={chrome.visible ? 'visible' : 'hidden'}
      data-ready={frame.ready ? 'true' : 'false'}
      data-complete={frame.complete ? 'true' : 'false'}
      data-save-state={frame.saveState}
      data-finished={finished ? 'true' : 'false'}
    >
      <div
        class="reader-progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(frame.fraction * 100)}
      >
        <div class="reader-progress-fill" style={{ transform: `scaleX(${frame.fraction})` }} />
      </div>
      <div class="reader-layout">
        <main class="reader-main" aria-label="Article">
          <ReaderTopBar
            title={article?.title ?? ''}
            status={status}
            visible={chrome.visible}
            archived={article?.archived ?? false}
            favorite={article?.favorite ?? false}
            notesOpen={notesOpen}
            appearanceOpen={appearanceOpen}
            onBack={() => void leave()}
            onToggleAppearance={() => setAppearanceOpen((open) => !open)}
            onToggleArchive={() => toggle('archived')}
            onToggleFavorite={() => toggle('favorite')}
            onToggleNotes={toggleNotes}
            onFocusChange={setBarFocused}
            onWheel={(event) => {
              // deltaMode 1 counts lines, 2 pages; pixels otherwise.
              const unit = event.deltaMode === 1 ? settings.value.fontSize * 1.6 : event.deltaMode === 2 ? window.innerHeight : 1;
              frame.session()?.scrollBy(event.deltaY * unit);
            }}
          >
            {article && <ReaderTagButton articleId={article.id} />}
            {article && <ExportMenu articleId={article.id} />}
          </ReaderTopBar>
          {appearanceOpen && (
            <div class="appearance-anchor">
              <AppearancePopover onClose={closeAppearance} />
            </div>
          )}
          {frame.error && (
            <div class="reader-message reader-message-over" role="alert">
              <p>{frame.error}</p>
              <button type="button" class="reader-text-button" onClick={onBack}>
                Back to the library
              </button>
            </div>
          )}
          {article && (
            <iframe
              ref={iframe}
              class="reader-frame"
              title={article.title}
              sandbox="allow-same-origin"
              src={`/articles/${encodeURIComponent(article.id)}/document`}
              onLoad={frame.onLoad}
            />
          )}
          <HighlightOverlays controller={highlights} frame={iframe.current} onDone={frame.focusArticle} openExternal={openExternal} />
        </main>
        {notesOpen && draft && (
          <div class="reader-notes" id="notes-panel">
            <NotesPanel
              draft={draft}
              onClose={toggleNotes}
              onLeaveEditor={frame.focusArticle}
              openExternal={openExternal}
              focusOnOpen={notesFocus}
            >
              <HighlightsSection controller={highlights} openExternal={openExternal} />
            </NotesPanel>
          </div>
        )}
      </div>
    </div>
  );
}
