/**
 * The notebook beside the article: the reader's Markdown note with a live preview, saved as they type.
 * It sits in its own column (the article re-centres in what is left), never over the text. Highlights will
 * join it as a second section, so the panel is a list of sections under one heading.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CloseIcon } from '../reader/reader-icons.tsx';
import { renderNoteMarkdown } from './markdown-preview.ts';
import { guardNoteLinkClick } from './note-link-click.ts';
import type { NoteDraft } from './note-draft.ts';
import { SaveStatus } from './save-status.tsx';
import './notes.css';

interface Props {
  draft: NoteDraft;
  onClose(): void;
  /** Moves focus back to the article (Esc in the editor). */
  onLeaveEditor(): void;
  openExternal(url: string): void;
  focusOnOpen: boolean;
  /** Later sections (highlights). */
  children?: ComponentChildren;
}

export function NotesPanel({ draft, onClose, onLeaveEditor, openExternal, focusOnOpen, children }: Props) {
  const editor = useRef<HTMLTextAreaElement>(null);
  const text = draft.text.value;
  const preview = useMemo(() => renderNoteMarkdown(text), [text]);

  useEffect(() => {
    if (focusOnOpen) editor.current?.focus();
  }, [focusOnOpen]);

  const onEditorKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // First Esc leaves the editor for the article; a second one (from the article) goes back to the library.
      event.preventDefault();
      event.stopPropagation();
      onLeaveEditor();
    }
  };

  const onPreviewClick = (event: MouseEvent) => void guardNoteLinkClick(event, openExternal);

  return (
    <aside class="notes-panel" aria-labelledby="notes-panel-title">
      <header class="notes-panel-head">
        <h2 id="notes-panel-title" class="notes-panel-title">
          Notes
        </h2>
        <SaveStatus state={draft.state.value} error={draft.error.value} />
        <button type="button" class="reader-button" aria-label="Close notes" title="Close notes (N)" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <section class="notes-section" aria-label="Your note">
        <label class="visually-hidden" for="note-editor">
          Your note (Markdown)
        </label>
        <textarea
          id="note-editor"
          ref={editor}
          class="note-editor"
          value={text}
          placeholder="Write what you think. Markdown works: **bold**, _italic_, - lists, > quotes."
          spellcheck={true}
          onInput={(event) => draft.edit((event.target as HTMLTextAreaElement).value)}
          onBlur={() => void draft.flush()}
          onKeyDown={onEditorKey}
        />
        <div class="note-preview-label" aria-hidden="true">
          Preview
        </div>
        {text.trim() ? (
          <div
            class="note-preview"
            aria-label="Note preview"
            onClick={onPreviewClick}
            // Sanitized by renderNoteMarkdown (DOMPurify) just above.
            dangerouslySetInnerHTML={{ __html: preview }}
          />
        ) : (
          <p class="note-preview note-preview-empty">Your note will appear here as you write.</p>
        )}
      </section>
      {children}
    </aside>
  );
}
