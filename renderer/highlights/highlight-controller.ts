/**
 * One open article's highlights: the list from core, the marks in the iframe, the live selection and which
 * highlight's editor is open. The reader attaches it to the article document once that has loaded; the
 * toolbar, the editor and the panel section read its signals and call its actions.
 */
import { signal, type Signal } from '@preact/signals';
import type { AnchoredHighlight, Article, Highlight, HighlightColor } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { showToast } from '../ui/toast-store.ts';
import { copyText } from './clipboard.ts';
import { readFrameSelection, type FrameSelection } from './frame-selection.ts';
import { lastUsedColor, rememberColor } from './highlight-colors.ts';
import { wireFrameEvents } from './frame-events.ts';
import { createMarkLayer, type MarkLayer } from './mark-layer.ts';
import { takePendingReveal } from './pending-reveal.ts';
import { formatQuote } from './quote-text.ts';
import { upsert } from '../../electron/shared/annotations/reading-order.ts';

export interface HighlightController {
  readonly highlights: Signal<AnchoredHighlight[]>;
  readonly selection: Signal<FrameSelection | null>;
  /** The highlight whose editor is open, and whether its note should take the focus. */
  readonly editing: Signal<{ id: string; focusNote: boolean } | null>;
  /** Bumped on scroll and resize, so floating things re-measure. */
  readonly layoutTick: Signal<number>;
  readonly loaded: Signal<boolean>;
  /** Starts fetching an article's highlights before its document has loaded. */
  prefetch(articleId: string): void;
  attach(doc: Document): void;
  detach(): void;
  layer(): MarkLayer | null;
  frameWindow(): Window | null;
  highlightSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
  copySelectionAsQuote(): Promise<void>;
  update(id: string, patch: { color?: HighlightColor; note?: string; tags?: string[] }): Promise<boolean>;
  remove(id: string): Promise<void>;
  reveal(id: string): void;
  openEditor(id: string, focusNote?: boolean): void;
  closeEditor(): void;
  clearSelection(): void;
}

export function createHighlightController(getArticle: () => Article | null): HighlightController {
  const highlights = signal<AnchoredHighlight[]>([]);
  const selection = signal<FrameSelection | null>(null);
  const editing = signal<{ id: string; focusNote: boolean } | null>(null);
  const layoutTick = signal(0);
  const loaded = signal(false);
  let layer: MarkLayer | null = null;
  let cleanup: (() => void) | null = null;
  let generation = 0;

  const articleId = () => getArticle()?.id ?? null;

  function refreshSelection(): void {
    if (!layer) return;
    selection.value = readFrameSelection(layer.doc, layer.body);
  }

  // The list is asked for as soon as the article is known, while its document is still loading, so painting
  // waits for the document or the list, whichever comes last, not for both one after the other.
  let prefetched: { id: string; result: ReturnType<typeof fetchList> } | null = null;

  function fetchList(id: string) {
    const start = performance.now();
    return call('highlights.list', { articleId: id }).then((result) => {
      performance.measure('lectern:highlights-list', { start });
      return result;
    });
  }

  async function load(id: string, mine: number): Promise<void> {
    const pending = prefetched?.id === id ? prefetched.result : fetchList(id);
    prefetched = null;
    const result = await pending;
    if (mine !== generation || !layer) return;
    if (!result.ok) {
      showToast(`Your highlights could not be loaded: ${result.message}`, { tone: 'error' });
      return;
    }
    const paintStart = performance.now();
    layer.paintAll(result.value);
    performance.measure('lectern:highlights-paint', { start: paintStart });
    highlights.value = result.value;
    loaded.value = true;
    // From attaching to the loaded document to every mark painted: the figure the open-time benchmark reads.
    performance.measure('lectern:highlights-open', `lectern:highlights-attach-${mine}`);
    performance.mark('lectern:highlights-painted');
    const reveal = takePendingReveal(id);
    if (reveal) {
      // After the reader has put back its saved place (fonts in), or that restore would undo the jump.
      const doc = layer.doc;
      await doc.fonts?.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (mine !== generation) return;
      if (!layer.reveal(reveal)) showToast('That passage is no longer in the article; its highlight is listed under the notes.');
      layoutTick.value++;
    }
  }

  const controller: HighlightController = {
    highlights,
    selection,
    editing,
    layoutTick,
    loaded,
    prefetch(id) {
      if (prefetched?.id !== id) prefetched = { id, result: fetchList(id) };
    },
    attach(doc) {
      const body = doc.getElementById('article-body');
      const view = doc.defaultView;
      const id = articleId();
      if (!body || !view || !id || layer?.doc === doc) return;
      controller.detach();
      const mine = ++generation;
      performance.mark(`lectern:highlights-attach-${mine}`);
      layer = createMarkLayer(doc, body);
      cleanup = wireFrameEvents(doc, view, {
        selectionChanged: refreshSelection,
        dragStarted: () => (selection.value = null),
        clicked: (target) => {
          // A click on a highlight opens it; a click anywhere else in the article puts the popover away.
          const hit = layer?.idAt(target);
          if (hit) controller.openEditor(hit);
          else if (editing.value) controller.closeEditor();
        },
        escape: () => {
          // The first Esc closes the popover or drops the selection; only the next one leaves the article.
          if (editing.value) controller.closeEditor();
          else if (selection.value) controller.clearSelection();
          else return false;
          return true;
        },
        noteKey: () => {
          // `n` with words selected highlights them and opens the note; without, it toggles the notes panel.
          if (!layer || !readFrameSelection(layer.doc, layer.body)) return false;
          void controller.highlightSelection(undefined, true);
          return true;
        },
        layoutChanged: () => {
          layoutTick.value++;
          if (selection.value) refreshSelection();
        },
      });
      void load(id, mine);
    },
    detach() {
      generation++;
      cleanup?.();
      cleanup = null;
      layer?.dispose();
      layer = null;
      loaded.value = false;
      selection.value = null;
      editing.value = null;
    },
    layer: () => layer,
    frameWindow: () => layer?.doc.defaultView ?? null,

    async highlightSelection(color, withNote = false) {
      const id = articleId();
      if (!layer || !id) return;
      const current = readFrameSelection(layer.doc, layer.body);
      if (!current) return;
      const chosen = color ?? lastUsedColor();
      rememberColor(chosen);
      // The quote lets core refuse rather than store other words if its text and the page ever disagree.
      const result = await call('highlights.create', { articleId: id, start: current.start, end: current.end, color: chosen, quote: current.quote });
      if (!result.ok) {
        showToast(`Could not highlight: ${result.message}`, { tone: 'error' });
        return;
      }
      layer.paint(result.value);
      highlights.value = upsert(highlights.value, result.value);
      controller.clearSelection();
      if (withNote) controller.openEditor(result.value.id, true);
    },

    async copySelectionAsQuote() {
      const article = getArticle();
      const quote = selection.value?.quote ?? (layer ? readFrameSelection(layer.doc, layer.body)?.quote : undefined);
      if (!article || !quote) return;
      const ok = await copyText(formatQuote(quote, article.title, article.source));
      showToast(ok ? 'Quote copied, with the title and link.' : 'The clipboard refused the quote.', { tone: ok ? 'success' : 'error' });
    },

    async update(id, patch) {
      const before = highlights.value.find((h) => h.id === id);
      if (!before) return false;
      const apply = (h: Highlight | AnchoredHighlight) => {
        highlights.value = highlights.value.map((x) => (x.id === id ? { ...x, color: h.color, note: h.note, tags: h.tags, updatedAt: h.updatedAt } : x));
        layer?.restyle(id, h.color, h.note.trim() !== '');
      };
      apply({ ...before, ...patch });
      if (patch.color) rememberColor(patch.color);
      const result = await call('highlights.update', { id, ...patch });
      if (result.ok) {
        apply(result.value);
        return true;
      }
      apply(before);
      showToast(`The highlight could not be saved: ${result.message}`, { tone: 'error' });
      return false;
    },

    async remove(id) {
      const result = await call('highlights.delete', { id });
      if (!result.ok) {
        showToast(`The highlight could not be deleted: ${result.message}`, { tone: 'error' });
        return;
      }
      if (editing.value?.id === id) controller.closeEditor();
      layer?.remove(id);
      highlights.value = highlights.value.filter((h) => h.id !== id);
      const mine = generation;
      showToast('Highlight deleted.', {
        action: {
          label: 'Undo',
          run: async () => {
            const restored = await call('highlights.undoDelete', { id });
            if (!restored.ok) {
              showToast(restored.message, { tone: 'error' });
              return;
            }
            if (mine !== generation) return; // another article is open now; core has it back all the same
            layer?.paint(restored.value);
            highlights.value = upsert(highlights.value, restored.value);
          },
        },
      });
    },

    reveal(id) {
      if (!layer?.reveal(id)) return;
      layoutTick.value++;
    },

    openEditor(id, focusNote = false) {
      editing.value = { id, focusNote };
      layer?.setActive(id);
      selection.value = null;
    },

    closeEditor() {
      editing.value = null;
      layer?.setActive(null);
    },

    clearSelection() {
      layer?.doc.getSelection()?.removeAllRanges();
      selection.value = null;
    },
  };
  return controller;
}
