/**
 * What a text is when nothing else says so (no file extension, a paste, standard input): an HTML page or
 * fragment, Markdown, or plain text. One guess for file imports, the paste handler and the CLI.
 */
import type { TextFormat } from './vocabularies.ts';

/**
 * HTML announces itself in its first tag: a document (doctype, <html>, <head>, <body> or what goes in a
 * head) or a fragment that opens with a block. An XML declaration and comments may come first.
 */
const HTML_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|style|script|article|main|section|div|p|h[1-6]|ul|ol|table|blockquote|pre|figure)[\s>/]/i;

/** Whole lines that are Markdown syntax rather than prose. */
const BLOCK_SIGNALS = [
  /^---[ \t]*\n[\w-]+[ \t]*:/, // YAML front matter
  /^#{1,6}\s+\S/m, // heading
  /^```/m, // code fence
  /^\s{0,3}[-*+]\s+\S.*\n\s{0,3}[-*+]\s+\S/m, // a list of at least two items
  /^\s{0,3}\d+[.)]\s+\S.*\n\s{0,3}\d+[.)]\s+\S/m, // a numbered list
  /^>\s+\S/m, // blockquote
  /^\s*\|.+\|\s*\n\s*\|?\s*:?-{3,}/m, // table
];

/** Inline syntax; on its own weaker, since prose can contain *stars*. */
const INLINE_SIGNALS = [/\[[^\]\n]+\]\([^)\s]+\)/, /\*\*[^*\n]+\*\*/, /(^|\s)_[^_\n]+_(\s|$)/, /`[^`\n]+`/];

/** Only the start of a long text is looked at: the signals show early, and a 50 MB paste stays cheap. */
const HEAD = 8192;

/** True when the text opens as an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, HEAD));
}

/** True when the text carries Markdown block syntax, or at least two kinds of inline syntax. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, HEAD);
  const blocks = BLOCK_SIGNALS.filter((re) => re.test(head)).length;
  const inline = INLINE_SIGNALS.filter((re) => re.test(head)).length;
  return blocks >= 1 || inline >= 2;
}

/** HTML, Markdown or plain text, by the text's own signs. */
export function guessTextKind(text: string): TextFormat {
  if (looksLikeHtml(text)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
