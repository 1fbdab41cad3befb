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
import { createChunkPins, isDrawn, lastChunk } from './body-chunks.ts';
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
  /**
   * The body is in chunks (body-chunks.ts) whose off-screen heights are estimates: its height changes as chunks are
   * drawn, which is no reflow to undo, and a jump is repeated for a few frames while the chunks it reaches are drawn.
   */
  chunked?: boolean;
}

/** How many frames a jump in a chunked body is repeated while the chunks it lands among get their real heights. */
const SETTLE_FRAMES = 6;

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
  const currentLayoutKey = () =>
    options.chunked ? `${view.innerWidth}x${view.innerHeight}` : `${view.innerWidth}x${view.innerHeight}:${doc.documentElement.scrollHeight}`;
  let settleFrame = 0;
  let undrawnFrames = 0;
  // Chunks laid out for real whatever the viewport, so the place a jump lands on is measured, not guessed.
  const pins = options.chunked ? createChunkPins() : null;

  /** Repeats a jump on the next frames while chunks get drawn, unless the reader scrolls meanwhile (chunked bodies only). */
  function settle(jump: () => void): void {
    if (!options.chunked) return;
    if (settleFrame) view.cancelAnimationFrame(settleFrame);
    let framesLeft = SETTLE_FRAMES;
    let landed = view.scrollY;
    const step = () => {
      settleFrame = 0;
      if (disposed || Math.abs(view.scrollY - landed) >= 2) return;
      jump();
      landed = view.scrollY;
      if (--framesLeft > 0) settleFrame = view.requestAnimationFrame(step);
    };
    settleFrame = view.requestAnimationFrame(step);
  }

  function restore(): void {
    place();
    settle(place);
  }

  function place(): void {
    pins?.pinAround(passage?.isConnected ? passage : anchor ? blocks[Math.min(anchor.block, blocks.length - 1)] : null);
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
    const read = readAnchor(doc, blocks);
    // A jump far into a chunked body lands on a chunk drawn only on the next frame; its line is read then.
    if (options.chunked && read && !isDrawn(blocks[read.block]) && undrawnFrames++ < SETTLE_FRAMES) {
      frame = view.requestAnimationFrame(onScrollFrame);
      return;
    }
    undrawnFrames = 0;
    expectedScrollY = Number.NaN;
    passage = null; // reading on from the passage: from here the position is the reader's
    anchor = read;
    anchorTouched = true;
    const fraction = scrollFraction(doc);
    options.onFraction(fraction, isScrollable());
    writer.push({ fraction, anchor });
    if (fraction >= 1) followToBottom();
  }

  /**
   * Reaching the end of a chunked body (End, the scrollbar, G) lands where the last chunk's guessed height ends;
   * drawn, it may be taller, so the view follows it down to the real end. Once per arrival at the end.
   */
  function followToBottom(): void {
    const last = pins ? lastChunk(body) : null;
    if (!pins || !last || pins.isPinned(last)) return;
    pins.pinAround(last);
    const toBottom = () => view.scrollTo({ top: doc.documentElement.scrollHeight, behavior: 'instant' });
    toBottom();
    settle(toBottom);
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
      if (edge === 'bottom') followToBottom();
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
      if (settleFrame) view.cancelAnimationFrame(settleFrame);
      view.removeEventListener('scroll', onScroll);
      view.removeEventListener('resize', onResize);
      doc.fonts?.removeEventListener('loadingdone', onFontsDone);
      writer.dispose();
    },
  };
}
