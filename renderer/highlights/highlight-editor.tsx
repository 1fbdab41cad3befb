/**
 * The popover for one highlight, opened by clicking it (or `n`): colour, a Markdown note with its preview,
 * tags, and delete (with Undo). It floats beside the passage, never over it; Esc closes it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnchoredHighlight } from '../../electron/shared/models.ts';
import { renderNoteMarkdown } from '../notes/markdown-preview.ts';
import { ColorSwatches } from './color-swatches.tsx';
import { markBoxes } from './frame-selection.ts';
import type { HighlightController } from './highlight-controller.ts';
import { createNoteAutosave } from './note-autosave.ts';
import { TagInput } from './tag-input.tsx';
import { useFloating } from './use-floating.ts';
import { guardNoteLinkClick } from '../notes/note-link-click.ts';

interface Props {
  controller: HighlightController;
  frame: HTMLIFrameElement | null;
  /** Hands the keyboard back to the article when the editor closes from a key. */
  onDone(): void;
  openExternal(url: string): void;
}

export function HighlightEditor({ controller, frame, onDone, openExternal }: Props) {
  const editing = controller.editing.value;
  const highlight = editing ? controller.highlights.value.find((h) => h.id === editing.id) : undefined;
  if (!editing || !highlight) return null;
  return (
    <EditorCard
      key={highlight.id}
      highlight={highlight}
      focusNote={editing.focusNote}
      controller={controller}
      frame={frame}
      onDone={onDone}
      openExternal={openExternal}
    />
  );
}

function EditorCard({ highlight, focusNote, controller, frame, onDone, openExternal }: Props & { highlight: AnchoredHighlight; focusNote: boolean }) {
  const marks = controller.layer()?.marksOf(highlight.id) ?? [];
  const anchor = markBoxes(marks);
  const floating = useFloating(frame, anchor, [controller.layoutTick.value]);
  const [note, setNote] = useState(highlight.note);
  const [editingNote, setEditingNote] = useState(focusNote || highlight.note.trim() === '');
  const editor = useRef<HTMLTextAreaElement>(null);
  const autosave = useMemo(() => createNoteAutosave((text) => controller.update(highlight.id, { note: text })), [highlight.id]);
  const preview = useMemo(() => renderNoteMarkdown(note), [note]);

  useEffect(() => () => autosave.dispose(), [autosave]);
  // Focus moves in once the card is placed (a hidden element cannot take it), and only that once.
  const focused = useRef(false);
  const visible = floating.style.visibility === 'visible';
  useEffect(() => {
    if (!visible || focused.current) return;
    focused.current = true;
    if (focusNote) editor.current?.focus();
    else floating.ref.current?.querySelector<HTMLElement>('.hl-swatch[aria-pressed="true"]')?.focus();
  }, [visible]);

  const close = (fromKey: boolean) => {
    void autosave.flush();
    controller.closeEditor();
    if (fromKey) onDone();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
    // Letters typed here are text, never reader shortcuts.
    event.stopPropagation();
  };

  const onPreviewClick = (event: MouseEvent) => {
    if (guardNoteLinkClick(event, openExternal)) return;
    setEditingNote(true);
    setTimeout(() => editor.current?.focus(), 0);
  };

  return (
    <div ref={floating.ref} class="hl-editor" role="dialog" aria-label="Highlight" data-side={floating.side} style={floating.style} onKeyDown={onKeyDown}>
      <div class="hl-editor-head">
        <ColorSwatches verb="Colour" value={highlight.color} onPick={(color) => void controller.update(highlight.id, { color })} />
        <button type="button" class="hl-editor-delete" onClick={() => void controller.remove(highlight.id)}>
          Delete
        </button>
        <button type="button" class="hl-editor-close" aria-label="Close" title="Close (Esc)" onClick={() => close(false)}>
          ×
        </button>
      </div>
      <label class="visually-hidden" for="hl-note-editor">
        Note on this highlight (Markdown)
      </label>
      {editingNote ? (
        <textarea
          id="hl-note-editor"
          ref={editor}
          class="note-editor hl-note-editor"
          value={note}
          rows={4}
          placeholder="A note on this passage. Markdown works."
          onInput={(event) => {
            const text = (event.target as HTMLTextAreaElement).value;
            setNote(text);
            autosave.edit(text);
          }}
          onBlur={() => {
            void autosave.flush();
            if (note.trim()) setEditingNote(false);
          }}
        />
      ) : (
        <div
          class="hl-note-preview"
          role="button"
          tabIndex={0}
          aria-label="Edit the note"
          onClick={onPreviewClick}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onPreviewClick(event as unknown as MouseEvent);
          }}
          // Sanitized by renderNoteMarkdown (DOMPurify).
          dangerouslySetInnerHTML={{ __html: preview }}
        />
      )}
      <label class="visually-hidden" for="hl-tag-input">
        Tags
      </label>
      <TagInput id="hl-tag-input" tags={highlight.tags} onChange={(tags) => void controller.update(highlight.id, { tags })} />
    </div>
  );
}
