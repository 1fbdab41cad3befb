/**
 * One open article's reading position: restores it when the document is ready, follows the reader's scrolling,
 * saves it (debounced) and puts the same sentence back at the top whenever the text reflows — a font, size or
 * width change, a window resize, a late web font. The anchor only changes when the reader scrolls; reflows
 * re-apply it, so repeated changes never drift.
 *
 * A passage shown on purpose (a search result opened at its match) is a look, not a move: the saved place
 * stays where it was until the reader scrolls on from the passage, which then becomes the place.
 */
import type { ReadingAnchor, ReadingProgress } from '../../electron/shared/models.ts';
import { createDebouncedWriter, type WriteState } from './debounced-writer.ts';
import { readingBlocks } from './reading-blocks.ts';
import { readAnchor, scrollFraction, scrollToAnchor } from './reading-anchor.ts';

interface SavedPosition {
  fraction: number;
  anchor: ReadingAnchor | null;
}

interface ReadingSessionOptions {
  initial: ReadingProgress | null;
  /** Persists a position; resolves to whether core now counts the article finished, or an error message. */
  save(position: SavedPosition): Promise<{ finished: boolean } | { error: string }>;
  /** How far through, and whether there is anywhere to scroll (a short note fits the window whole). */
  onFraction(fraction: number, scrollable: boolean): void;
  onFinished(finished: boolean): void;
  onSaveState?(state: WriteState): void;
  saveDelayMs?: number;
}

export interface ReadingSession {
  /** Call after anything that reflows the text; the anchored sentence returns to the top. */
  reflowed(): void;
  /** Scrolls by a number of pixels as the reader asked (keys); counts as reading. */
  scrollBy(pixels: number): void;
  scrollToEdge(edge: 'top' | 'bottom'): void;
  /** Brings an element of the article to the middle of the view (and keeps it there through reflows) without saving a position. */
  showPassage(element: Element): void;
  pageSize(): number;
  currentAnchor(): ReadingAnchor | null;
  /** Saves the position now (leaving, closing). */
  flush(): Promise<void>;
  dispose(): void;
}

/** Starts following the article document in iframe; call once its load event has fired. */
export function startReadingSession(doc: Document, options: ReadingSessionOptions): ReadingSession {
  const view = doc.defaultView!;
  const body = doc.getElementById('article-body') ?? doc.body;
  const blocks = readingBlocks(body);
  let anchor: ReadingAnchor | null = options.initial?.anchor ?? null;
  let expectedScrollY = Number.NaN;
  let layoutKey = '';
  let frame = 0;
  let disposed = false;
  // Once the reader has scrolled, the anchor (possibly null at the top) is the only truth.
  let anchorTouched = false;
  // A passage on show: reflows keep it in view instead of the anchor, until the reader scrolls.
  let passage: Element | null = null;

  const writer = createDebouncedWriter<SavedPosition>(
    async (position) => {
      const result = await options.save(position);
      if ('error' in result) return result.error;
      options.onFinished(result.finished);
      return null;
    },
    { delayMs: options.saveDelayMs ?? 500, onState: (state) => options.onSaveState?.(state) },
  );

  const isScrollable = () => doc.documentElement.scrollHeight - view.innerHeight > 1;
  const currentLayoutKey = () => `${view.innerWidth}x${view.innerHeight}:${doc.documentElement.scrollHeight}`;

  function restore(): void {
    if (passage?.isConnected) {
      passage.scrollIntoView({ block: 'center', behavior: 'instant' });
      expectedScrollY = view.scrollY;
      layoutKey = currentLayoutKey();
      options.onFraction(scrollFraction(doc), isScrollable());
      return;
    }
    const initialFraction = options.initial?.fraction ?? 0;
    if (anchor || blocks.length === 0 || initialFraction === 0 || anchorTouched) {
      expectedScrollY = scrollToAnchor(doc, blocks, anchor);
    } else {
      // Progress imported without an anchor (another service's percentage): the best we know is the fraction.
      const max = doc.documentElement.scrollHeight - view.innerHeight;
      view.scrollTo({ top: Math.round(max * initialFraction), behavior: 'instant' });
      expectedScrollY = view.scrollY;
    }
    layoutKey = currentLayoutKey();
    options.onFraction(scrollFraction(doc), isScrollable());
  }

  function onScrollFrame(): void {
    frame = 0;
    if (disposed) return;
    const key = currentLayoutKey();
    if (key !== layoutKey) {
      restore();
      return;
    }
    if (Math.abs(view.scrollY - expectedScrollY) < 2) return; // our own restore, not the reader
    expectedScrollY = Number.NaN;
    passage = null; // reading on from the passage: from here the position is the reader's
    anchor = readAnchor(doc, blocks);
    anchorTouched = true;
    const fraction = scrollFraction(doc);
    options.onFraction(fraction, isScrollable());
    writer.push({ fraction, anchor });
  }

  const onScroll = () => {
    if (!frame) frame = view.requestAnimationFrame(onScrollFrame);
  };
  const onResize = () => {
    if (layoutKey !== currentLayoutKey()) restore();
  };
  const onFontsDone = () => restore();

  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('resize', onResize);
  doc.fonts?.addEventListener('loadingdone', onFontsDone);

  restore();
  // Web fonts swap in after first layout; the position is re-applied once they are all in.
  void doc.fonts?.ready.then(() => {
    if (!disposed) restore();
  });

  return {
    reflowed: restore,
    scrollBy(pixels) {
      view.scrollBy({ top: pixels, behavior: 'instant' });
    },
    scrollToEdge(edge) {
      view.scrollTo({ top: edge === 'top' ? 0 : doc.documentElement.scrollHeight, behavior: 'instant' });
    },
    showPassage(element) {
      passage = element;
      restore();
    },
    pageSize() {
      // A page keeps two lines of context, as browsers do.
      const line = parseFloat(view.getComputedStyle(doc.documentElement).fontSize) * 1.6 || 32;
      return Math.max(line, view.innerHeight - 2 * line);
    },
    currentAnchor: () => anchor,
    flush: () => writer.flush(),
    dispose() {
      disposed = true;
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', onScroll);
      view.removeEventListener('resize', onResize);
      doc.fonts?.removeEventListener('loadingdone', onFontsDone);
      writer.dispose();
    },
  };
}
