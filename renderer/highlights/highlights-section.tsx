/**
 * The article's highlights in the notes panel, under the article note, in reading order. A click (or Enter)
 * scrolls the article to the passage and flashes it; j/k step through the list while it has the focus.
 * Highlights whose words are gone are listed apart, with their quote and note: never dropped silently.
 */
import type { AnchoredHighlight } from '../../electron/shared/models.ts';
import { renderNoteMarkdown } from '../notes/markdown-preview.ts';
import { guardNoteLinkClick } from '../notes/note-link-click.ts';
import { COLOR_LABELS } from './highlight-colors.ts';
import './highlights-panel.css';
import type { HighlightController } from './highlight-controller.ts';

interface Props {
  controller: HighlightController;
  /** Opens a web link from a highlight's note in the system browser. */
  openExternal(url: string): void;
}

function quoteOf(h: AnchoredHighlight): string {
  return h.selectors[0].exact.replace(/\s+/g, ' ').trim();
}

/** j/k and the arrows move between the items of the list that has the focus. */
function stepFocus(event: KeyboardEvent): void {
  const key = event.key;
  const delta = key === 'j' || key === 'ArrowDown' ? 1 : key === 'k' || key === 'ArrowUp' ? -1 : 0;
  if (delta === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.hl-item-main')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = items[Math.max(0, Math.min(items.length - 1, at + delta))];
  // Handled here, so the reader's own j/k (scroll) stays out of it.
  event.preventDefault();
  next?.focus();
  next?.click();
}

export function HighlightsSection({ controller, openExternal }: Props) {
  const all = controller.highlights.value;
  const placed = all.filter((h) => !h.orphaned);
  const orphans = all.filter((h) => h.orphaned);
  const active = controller.editing.value?.id ?? null;
  return (
    <section class="notes-section hl-section" aria-labelledby="hl-section-title">
      <h3 id="hl-section-title" class="hl-section-title">
        Highlights <span class="hl-count">{placed.length || ''}</span>
      </h3>
      {placed.length === 0 && orphans.length === 0 && (
        <p class="hl-empty">
          Select words in the article, then pick a colour or press <kbd class="kbd">H</kbd>. Press <kbd class="kbd">N</kbd> to highlight and
          write a note.
        </p>
      )}
      {placed.length > 0 && (
        <ol class="hl-list" onKeyDown={stepFocus} aria-label="Highlights in reading order">
          {placed.map((h) => (
            <li key={h.id} class="hl-item" data-color={h.color} data-active={active === h.id ? 'true' : undefined}>
              <button type="button" class="hl-item-main" data-hl={h.id} onClick={() => controller.reveal(h.id)} onDblClick={() => controller.openEditor(h.id)}>
                <span class="hl-item-swatch" data-color={h.color} aria-label={COLOR_LABELS[h.color]} />
                <span class="hl-item-quote">{quoteOf(h)}</span>
              </button>
              <ItemDetails h={h} openExternal={openExternal} />
              <button type="button" class="hl-item-edit" aria-label="Edit note and colour" onClick={() => {
                controller.reveal(h.id);
                controller.openEditor(h.id, true);
              }}>
                Edit
              </button>
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <div class="hl-orphans">
          <h4 class="hl-orphans-title">Couldn't find this passage any more</h4>
          <p class="hl-orphans-hint">The article's text changed. These are kept with your notes; delete them when you no longer need them.</p>
          <ul class="hl-list">
            {orphans.map((h) => (
              <li key={h.id} class="hl-item hl-item-orphan" data-color={h.color}>
                <blockquote class="hl-item-quote">{quoteOf(h)}</blockquote>
                <ItemDetails h={h} openExternal={openExternal} />
                <button type="button" class="hl-item-edit" onClick={() => void controller.remove(h.id)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ItemDetails({ h, openExternal }: { h: AnchoredHighlight; openExternal(url: string): void }) {
  return (
    <>
      {h.note.trim() && (
        // Sanitized by renderNoteMarkdown (DOMPurify).
        // Links in it get the same guard as the note preview: a click must never navigate the app's page.
        <div class="hl-item-note" onClick={(event) => void guardNoteLinkClick(event, openExternal)} dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(h.note) }} />
      )}
      {h.tags.length > 0 && (
        <ul class="hl-item-tags" aria-label="Tags">
          {h.tags.map((t) => (
            <li key={t} class="hl-tag">
              {t}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
