/**
 * A note's Markdown as safe HTML for the preview. The reader writes the note, but it may hold pasted HTML,
 * so marked's output is always sanitized (DOMPurify on the renderer's real DOM) before it is shown.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { NOTE_SANITIZE_CONFIG } from './note-sanitize-config.ts';

marked.setOptions({ gfm: true, breaks: true, async: false });

/** Renders Markdown to sanitized HTML (no scripts, no handlers, no forms or inputs, no frames, images or media). */
export function renderNoteMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, NOTE_SANITIZE_CONFIG);
}
