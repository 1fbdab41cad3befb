// The article's plain text as the reader sees it: the textContent of #article-body, which holds the
// sanitized body.html (protocol/article-document.ts). Highlight offsets are offsets into this
// string on both sides of the bridge, so core must compute exactly what the browser computes.
// linkedom's parser (htmlparser2) differs from the HTML standard's in two ways that change text:
// it keeps carriage returns, and it keeps the newline the standard drops right after <pre>,
// <listing> and <textarea>. Both are corrected here.
import { parseHTML } from 'linkedom';

/** Elements whose first newline the HTML parser drops (HTML standard, "in body" insertion mode). */
const DROPS_LEADING_NEWLINE = 'pre, listing, textarea';
const TEXT_NODE = 3;

/** textContent of `<div id="article-body">bodyHtml</div>` as a browser would parse it. */
export function articleText(bodyHtml: string): string {
  // Input stream preprocessing: CR LF and lone CR become LF before tokenizing.
  const html = bodyHtml.replace(/\r\n?/g, '\n');
  const { document } = parseHTML(`<!doctype html><html><head></head><body><div id="article-body">${html}</div></body></html>`);
  const root = document.getElementById('article-body');
  if (root === null) return '';
  for (const element of root.querySelectorAll(DROPS_LEADING_NEWLINE)) {
    // Only a newline that is the very first character after the start tag is dropped; one after
    // an inner element (<pre><code>\n) stays.
    const first = element.firstChild as { nodeType: number; data: string } | null;
    if (first !== null && first.nodeType === TEXT_NODE && first.data.startsWith('\n')) first.data = first.data.slice(1);
  }
  return root.textContent ?? '';
}

/** Remembers the text of the last few bodies read, so reopening an article does not parse it again. */
export class ArticleTextCache {
  readonly #limit: number;
  readonly #entries = new Map<string, { html: string; text: string }>();

  constructor(limit = 8) {
    this.#limit = limit;
  }

  /** The text of `html` (the current body of article `id`), parsed only when the body changed. */
  textOf(id: string, html: string): string {
    const cached = this.#entries.get(id);
    // Comparing the whole body is a memcmp, far cheaper than parsing it; a stale entry can never win.
    if (cached !== undefined && cached.html === html) {
      this.#entries.delete(id);
      this.#entries.set(id, cached);
      return cached.text;
    }
    const text = articleText(html);
    this.#entries.delete(id);
    this.#entries.set(id, { html, text });
    if (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value as string);
    return text;
  }
}
