/**
 * A note's Markdown as safe HTML for the preview. The reader writes the note, but it may hold pasted HTML,
 * so marked's output is always sanitized (DOMPurify on the renderer's real DOM) before it is shown.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

marked.setOptions({ gfm: true, breaks: true, async: false });

/** Renders Markdown to sanitized HTML (no scripts, no handlers, no forms, no remote frames). */
export function renderNoteMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'img'],
    FORBID_ATTR: ['style'],
  });
}
