/** The reader's one bar: back, where you are, and the few actions an article has. It fades while reading. */
import type { ComponentChildren } from 'preact';
import { ArchiveIcon, BackIcon, NotesIcon, StarIcon, TypeIcon } from './reader-icons.tsx';

interface Props {
  title: string;
  status: string;
  visible: boolean;
  archived: boolean;
  favorite: boolean;
  notesOpen: boolean;
  appearanceOpen: boolean;
  onBack(): void;
  onToggleAppearance(): void;
  onToggleArchive(): void;
  onToggleFavorite(): void;
  onToggleNotes(): void;
  onFocusChange(focused: boolean): void;
  /** The bar lies over the article: a wheel turned over it scrolls the article, as if the bar were not there. */
  onWheel(event: WheelEvent): void;
  /** More actions (export), before the built-in ones. */
  children?: ComponentChildren;
}

export function ReaderTopBar(props: Props) {
  return (
    <header
      class={`reader-bar${props.visible ? '' : ' reader-bar-hidden'}`}
      onWheel={props.onWheel}
      onFocusIn={() => props.onFocusChange(true)}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) props.onFocusChange(false);
      }}
    >
      <button type="button" class="reader-button reader-back" onClick={props.onBack} title="Back to the library (Esc)">
        <BackIcon />
        <span class="reader-back-label">Library</span>
      </button>
      <div class="reader-bar-title" title={props.title}>
        <span class="reader-bar-title-text">{props.title}</span>
        <span class="reader-bar-status" aria-live="polite">
          {props.status}
        </span>
      </div>
      <div class="reader-bar-actions">
        {props.children}
        <button
          type="button"
          class="reader-button"
          data-appearance-toggle
          aria-label="Theme and typography"
          aria-expanded={props.appearanceOpen}
          aria-haspopup="dialog"
          title="Theme and typography (T)"
          onClick={props.onToggleAppearance}
        >
          <TypeIcon />
        </button>
        <button
          type="button"
          class="reader-button"
          aria-label="Archive"
          aria-pressed={props.archived}
          title={props.archived ? 'Archived — move back to the list (A)' : 'Archive (A)'}
          onClick={props.onToggleArchive}
        >
          <ArchiveIcon />
        </button>
        <button
          type="button"
          class="reader-button reader-favorite"
          aria-label="Favorite"
          aria-pressed={props.favorite}
          title={props.favorite ? 'Favorite — remove (F)' : 'Favorite (F)'}
          onClick={props.onToggleFavorite}
        >
          <StarIcon filled={props.favorite} />
        </button>
        <button
          type="button"
          class="reader-button"
          aria-label="Notes"
          aria-pressed={props.notesOpen}
          // The panel is only in the page while open; naming a missing element is an ARIA error.
          aria-controls={props.notesOpen ? 'notes-panel' : undefined}
          title={props.notesOpen ? 'Hide notes (N)' : 'Show notes (N)'}
          onClick={props.onToggleNotes}
        >
          <NotesIcon />
        </button>
      </div>
    </header>
  );
}
