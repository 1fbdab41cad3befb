// The article's plain text as the reader sees it: the textContent of #article-body, which holds the
// sanitized body.html (protocol/article-document.ts). Highlight offsets are offsets into this
// string on both sides of the bridge, so core must compute exactly what the browser computes.
// linkedom's parser (htmlparser2) differs from the HTML standard's in two ways that change text:
// it keeps carriage returns, and it keeps the newline the standard drops right after <pre>,
// <listing> and <textarea>. Both are corrected here.
import { parseHTML } from 'linkedom';
import { articleTextOf } from './article-text-stream.ts';

/** Elements whose first newline the HTML parser drops (HTML standard, "in body" insertion mode). */
const DROPS_LEADING_NEWLINE = 'pre, listing, textarea';
const TEXT_NODE = 3;

/**
 * The parsed `<div id="article-body">`, corrected where linkedom's text differs from a browser's; null if none.
 * Its textContent is what articleText reads from the parser's events without building it (the tests hold the
 * two equal).
 */
export function articleRoot(bodyHtml: string) {
  // Input stream preprocessing: CR LF and lone CR become LF before tokenizing.
  const html = bodyHtml.replace(/\r\n?/g, '\n');
  const { document } = parseHTML(`<!doctype html><html><head></head><body><div id="article-body">${html}</div></body></html>`);
  const root = document.getElementById('article-body');
  if (root === null) return null;
  for (const element of root.querySelectorAll(DROPS_LEADING_NEWLINE)) {
    // Only a newline that is the very first character after the start tag is dropped; one after
    // an inner element (<pre><code>\n) stays.
    const first = element.firstChild as { nodeType: number; data: string } | null;
    if (first !== null && first.nodeType === TEXT_NODE && first.data.startsWith('\n')) first.data = first.data.slice(1);
  }
  return root;
}

/** textContent of `<div id="article-body">bodyHtml</div>` as a browser would parse it. */
export function articleText(bodyHtml: string): string {
  return articleTextOf(bodyHtml);
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'UL', 'OL', 'DL', 'DT', 'DD', 'HR', 'BR', 'ASIDE', 'HEADER', 'FOOTER']);

interface WalkNode {
  nodeType: number;
  nodeName: string;
  data?: string;
  childNodes: ArrayLike<WalkNode>;
}

/**
 * Offsets in articleText(bodyHtml) where a block (a paragraph, heading, list item…) starts or ends: where a
 * quote crossing them has a paragraph break, whatever whitespace the page's source put there.
 */
export function blockBreaks(bodyHtml: string): number[] {
  const root = articleRoot(bodyHtml) as unknown as WalkNode | null;
  if (root === null) return [];
  const breaks: number[] = [];
  let offset = 0;
  // Iterative, so a deeply nested page cannot overflow the stack; an 'end' entry marks leaving a block.
  const stack: (WalkNode | { end: true })[] = Array.from(root.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('end' in node) {
      breaks.push(offset);
      continue;
    }
    if (node.nodeType === TEXT_NODE) offset += node.data?.length ?? 0;
    if (node.nodeType !== 1) continue;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) {
      breaks.push(offset);
      stack.push({ end: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return breaks;
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
