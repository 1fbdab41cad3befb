import { escapeHtml } from '../escape-html.ts';
import type { TextBlock } from './text-structure.ts';

// Bare web addresses in text become links; trailing punctuation stays outside the link.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/** Escapes text for HTML and turns bare http(s) addresses into links. */
function inlineHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    out += escapeHtml(text.slice(last, index));
    const url = escapeHtml(match[0]);
    out += `<a href="${url}">${url}</a>`;
    last = index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function blockHtml(block: TextBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${inlineHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'lines':
      return `<p>${block.lines.map(inlineHtml).join('<br>')}</p>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('');
      if (!block.ordered) return `<ul>${items}</ul>`;
      return block.start === 1 ? `<ol>${items}</ol>` : `<ol start="${block.start}">${items}</ol>`;
    }
    case 'preformatted':
      return `<pre>${escapeHtml(block.text)}</pre>`;
    case 'rule':
      return '<hr>';
  }
}

/** The blocks as article HTML (not yet sanitized). */
export function blocksToHtml(blocks: readonly TextBlock[]): string {
  return blocks.map(blockHtml).join('\n');
}

/** The blocks as plain text, blocks separated by blank lines and list items by line breaks. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'preformatted') parts.push(block.text);
    else if (block.kind === 'lines') parts.push(block.lines.join('\n'));
    else if (block.kind === 'list') parts.push(block.items.join('\n'));
  }
  return parts.join('\n\n');
}
