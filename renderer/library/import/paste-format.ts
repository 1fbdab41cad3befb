/**
 * Decides what a paste is: rich HTML from a web page, Markdown someone copied from an editor, a lone link,
 * or plain text. Pure, so the rules are tested rather than guessed at.
 */
import { guessTextKind } from '../../../electron/shared/text-kind.ts';
import type { TextFormat } from '../../../electron/shared/vocabularies.ts';
import { toWebAddress } from '../../../electron/shared/web-address.ts';

type PasteKind =
  | { kind: TextFormat; text: string }
  /** One or more links, one per line, and nothing else. */
  | { kind: 'urls'; urls: string[] }
  | { kind: 'empty' };

/** HTML on the clipboard is only worth keeping when it carries structure, not just a styled span of the same text. */
function isMeaningfulHtml(html: string): boolean {
  return /<(p|h[1-6]|ul|ol|li|blockquote|pre|table|article|section|img|figure|br)\b/i.test(html);
}

const MAX_LINKS = 200;

/** Classifies clipboard contents given as its text/html and text/plain flavours. */
export function classifyPaste(html: string, plain: string): PasteKind {
  const text = plain.trim();
  const lines = text.split(/\s*\n\s*/).filter((line) => line !== '');
  // Only explicit links: a pasted line such as "notes.md" is text, not an address.
  const urls = lines.map((line) => toWebAddress(line, { bareHosts: false }));
  if (lines.length > 0 && lines.length <= MAX_LINKS && urls.every((url): url is string => url !== null)) {
    return { kind: 'urls', urls: [...new Set(urls)] };
  }
  if (html.trim() !== '' && isMeaningfulHtml(html)) return { kind: 'html', text: html };
  if (text === '') return html.trim() === '' ? { kind: 'empty' } : { kind: 'html', text: html };
  // Plain text is guessed as a file would be: HTML source, Markdown, or words.
  return { kind: guessTextKind(text), text: plain };
}
