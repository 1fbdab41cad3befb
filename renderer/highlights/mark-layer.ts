/**
 * The highlights as <mark> elements inside the article document. Marks are plain DOM, so reflow (font, size,
 * width) carries them along; they never change the text, so every stored offset stays valid while painted.
 * Elements are made with the iframe's own document, as nodes from another document would need adopting.
 */
import type { AnchoredHighlight, HighlightColor } from '../../electron/shared/models.ts';
import { paintHighlights, unwrap } from './paint-highlights.ts';
import { injectHighlightStyles } from './frame-stylesheet.ts';

const FLASH_MS = 1200;

export interface MarkLayer {
  readonly doc: Document;
  readonly body: HTMLElement;
  /** Paints every placed highlight (orphans have nowhere to go); replaces what was painted before. */
  paintAll(highlights: readonly AnchoredHighlight[]): void;
  paint(highlight: AnchoredHighlight): void;
  remove(id: string): void;
  restyle(id: string, color: HighlightColor, hasNote: boolean): void;
  setActive(id: string | null): void;
  marksOf(id: string): HTMLElement[];
  /** Scrolls the highlight to the middle of the view and flashes it; false when it is not painted. */
  reveal(id: string): boolean;
  /** The innermost highlight at an element (a click target), if any. */
  idAt(target: EventTarget | null): string | null;
  dispose(): void;
}

export function createMarkLayer(doc: Document, body: HTMLElement): MarkLayer {
  injectHighlightStyles(doc);
  const marks = new Map<string, HTMLElement[]>();
  let active: string | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const makeMark = (highlight: AnchoredHighlight) => {
    const mark = doc.createElement('mark');
    mark.className = 'lectern-hl';
    mark.dataset.hl = highlight.id;
    mark.dataset.color = highlight.color;
    if (highlight.note.trim()) mark.dataset.hasNote = '';
    return mark;
  };

  const paintMany = (list: readonly AnchoredHighlight[]) => {
    const placed = list.filter((h) => !h.orphaned && h.start !== null && h.end !== null && h.end > h.start);
    const spans = placed.map((h) => ({ start: h.start as number, end: h.end as number }));
    const painted = paintHighlights(body, spans, (i) => makeMark(placed[i] as AnchoredHighlight));
    placed.forEach((h, i) => marks.set(h.id, painted[i] ?? []));
  };

  const layer: MarkLayer = {
    doc,
    body,
    paintAll(list) {
      unwrap([...marks.values()].flat());
      marks.clear();
      paintMany(list);
    },
    paint(highlight) {
      if (marks.has(highlight.id)) layer.remove(highlight.id);
      paintMany([highlight]);
    },
    remove(id) {
      unwrap(marks.get(id) ?? []);
      marks.delete(id);
    },
    restyle(id, color, hasNote) {
      for (const mark of marks.get(id) ?? []) {
        mark.dataset.color = color;
        if (hasNote) mark.dataset.hasNote = '';
        else delete mark.dataset.hasNote;
      }
    },
    setActive(id) {
      if (active) for (const mark of marks.get(active) ?? []) mark.classList.remove('lectern-hl-active');
      active = id;
      if (id) for (const mark of marks.get(id) ?? []) mark.classList.add('lectern-hl-active');
    },
    marksOf: (id) => marks.get(id) ?? [],
    reveal(id) {
      const list = marks.get(id) ?? [];
      const first = list[0];
      if (!first) return false;
      first.scrollIntoView({ block: 'center', behavior: 'instant' });
      for (const mark of list) {
        mark.classList.remove('lectern-hl-flash');
        // Restart the animation when the same highlight is revealed twice in a row.
        void mark.offsetWidth;
        mark.classList.add('lectern-hl-flash');
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        for (const mark of list) mark.classList.remove('lectern-hl-flash');
      }, FLASH_MS);
      timers.add(timer);
      return true;
    },
    idAt(target) {
      const element = target as Element | null;
      if (!element || typeof element.closest !== 'function') return null;
      return (element.closest('mark.lectern-hl') as HTMLElement | null)?.dataset.hl ?? null;
    },
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
  return layer;
}
