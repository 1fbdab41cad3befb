// What an export writes must stay text wherever it is opened: a note app, a Markdown previewer, or a plain
// Markdown-to-HTML render that keeps raw HTML. So nothing in it may become an element or a script link:
// text that came from a page or a title is escaped whole, and the reader's own Markdown keeps its
// formatting but loses raw HTML and links to anything but the web, mail and Lectern itself.

// Brackets as entities, not backslash escapes: marked re-reads an escaped bracket inside a link's text as
// the start of an image, while an entity is only ever text.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;' };
// Markdown punctuation that could start emphasis, code, a table cell or strikethrough.
const MARKDOWN_PUNCTUATION = /[\\`*_!|~]/g;

/** Schemes a link in an export may keep: the web, mail, and links back into Lectern. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'lectern']);

/** Plain text as Markdown that can turn into no HTML, link, image, emphasis or code: its characters stay text. */
export function markdownText(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`).replace(/[&<>[\]]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * True when a link destination is safe to keep: no scheme (relative, #fragment) or one of SAFE_SCHEMES.
 * Judged on the text before the first / ? or #; an entity or backslash there could spell a scheme once
 * decoded, so it counts as unsafe too.
 */
export function safeDestination(destination: string): boolean {
  const head = destination.trim().split(/[/?#]/, 1)[0] ?? '';
  if (/[&\\\p{Cc}]/u.test(head)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(head)?.[1];
  if (scheme === undefined) return !head.includes(':');
  return SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Breaks inline links and reference definitions whose destination is not safe, so they stay text: the
 * bracket before the destination becomes an entity. Every "](" and "]:" is checked, wherever it stands (a
 * definition may sit in a list item, its label may hold escaped brackets, its destination may be on
 * the next line).
 */
function breakUnsafeLinks(text: string): string {
  return text.replace(/\]([(:])(\s*)([^\s)]*)/g, (match, opener: string, space: string, destination: string) =>
    safeDestination(destination) ? match : `&#93;${opener}${space}${destination}`,
  );
}

/**
 * The reader's own Markdown (a note), made inert: every < is escaped, so no raw HTML or autolink survives
 * (inside code it then shows as an entity: rare in notes, and a fence or code span cannot be told apart
 * from a backtick run reliably enough to exempt it), and links to other schemes are broken into text.
 */
export function inertMarkdown(markdown: string): string {
  return breakUnsafeLinks(markdown.replace(/\r\n?/g, '\n').replace(/</g, '&lt;'));
}
