/**
 * A huge article body (a whole book pasted as text) split into chunk containers as the frame parses it. Each chunk
 * is a <div class="lectern-chunk"> that article.css gives `content-visibility: auto`, so the browser lays out and
 * paints only the chunks near the viewport: the first screen shows while the rest is still arriving, and a font or
 * width change reflows a screenful instead of the whole book.
 *
 * Chunks only move nodes, never change them: the body's textContent (and so every highlight offset) and its reading
 * blocks (reading-blocks.ts sees through chunks) are exactly those of the unchunked body.
 */

/** The class a chunk container carries; article.css and reading-blocks.ts know it by this name. */
export const CHUNK_CLASS = 'lectern-chunk';

/** Bodies of more words than this are chunked; every shorter one is shown exactly as before. */
const HUGE_ARTICLE_WORDS = 150_000;

/** About this many characters of text go into one chunk: ~1,500 chunks for a 45 MB book. */
const CHUNK_CHARS = 30_000;

/** Wrappers a body may sit in whole (a saved page's one <div>): chunks go inside the innermost one. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether an article is long enough to be shown in chunks. */
export function isHugeArticle(article: { wordCount: number }): boolean {
  return article.wordCount > HUGE_ARTICLE_WORDS;
}

function isChunk(node: Node | null): node is HTMLElement {
  return node !== null && node.nodeType === ELEMENT_NODE && (node as Element).classList.contains(CHUNK_CLASS);
}

/** The only element child of parent, when everything else in it is whitespace; null otherwise. */
function onlyElementChild(parent: Element): Element | null {
  let found: Element | null = null;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) {
      if (found || isChunk(node)) return null;
      found = node as Element;
    } else if (node.nodeType === TEXT_NODE && /\S/.test((node as Text).data)) {
      return null;
    }
  }
  return found;
}

/** The element whose children are chunked: the body itself, or the wrapper the whole body sits in. */
function chunkHost(body: Element): Element {
  let host = body;
  for (let inner = onlyElementChild(host); inner && WRAPPERS.has(inner.tagName.toUpperCase()); inner = onlyElementChild(host)) {
    host = inner;
  }
  return host;
}

/** A guess at a chunk's height before it is laid out, in em: lines of text at the measure, plus block margins. */
function estimatedChunkEm(chars: number, blocks: number, measureEm: number): number {
  // About two characters per em of measure in a text face; 1.6em lines; a block adds its 1em margin and a part line.
  const lines = chars / Math.max(10, measureEm * 2) + blocks * 0.5;
  return Math.round(lines * 1.6 + blocks);
}

interface OpenChunk {
  element: HTMLElement;
  chars: number;
  blocks: number;
}

export interface BodyChunker {
  /**
   * Moves the host's children that the parser has finished into chunks; with `final`, every child (the document
   * has loaded). Returns how many chunks exist so far.
   */
  wrap(final?: boolean): number;
}

/** Starts chunking a body that may still be arriving; measureEm is the line width, for the height guesses. */
export function createBodyChunker(body: HTMLElement, measureEm: number): BodyChunker {
  const doc = body.ownerDocument;
  let open: OpenChunk | null = null;
  let count = 0;

  const setEstimate = (chunk: OpenChunk) => {
    chunk.element.style.setProperty('--chunk-height', `${estimatedChunkEm(chunk.chars, chunk.blocks, measureEm)}em`);
  };

  const newChunk = (host: Element, before: Node): OpenChunk => {
    const element = doc.createElement('div');
    element.className = CHUNK_CLASS;
    host.insertBefore(element, before);
    count++;
    return { element, chars: 0, blocks: 0 };
  };

  return {
    wrap(final = false) {
      const host = chunkHost(body);
      // The last child may still be receiving text from the parser: it waits for the next pass, unless done.
      const stop = final ? null : host.lastChild;
      let node = open?.element.parentNode === host ? open.element.nextSibling : host.firstChild;
      while (node !== null && node !== stop) {
        const next: ChildNode | null = node.nextSibling;
        if (isChunk(node)) {
          node = next;
          continue;
        }
        if (!open || open.element.parentNode !== host || open.chars >= CHUNK_CHARS) open = newChunk(host, node);
        open.element.appendChild(node);
        if (node.nodeType === ELEMENT_NODE) {
          open.chars += (node.textContent ?? '').length;
          open.blocks++;
        }
        if (open.chars >= CHUNK_CHARS) setEstimate(open);
        node = next;
      }
      if (open) setEstimate(open);
      return count;
    },
  };
}

/**
 * The chunks that must be laid out for real before a jump to `element` can be measured: its own, and the one
 * before it, whose height decides where it starts. Empty outside a chunked body.
 */
function chunksAround(element: Element): HTMLElement[] {
  const chunk = element.closest(`.${CHUNK_CLASS}`) as HTMLElement | null;
  if (!chunk) return [];
  const before = chunk.previousElementSibling;
  return isChunk(before) ? [before, chunk] : [chunk];
}

interface ChunkPins {
  /** Lays out the chunks around a jump's target for real, whatever the viewport; the ones pinned before go back to auto. */
  pinAround(target: Element | null | undefined): void;
  isPinned(chunk: Element): boolean;
}

/** Pins for the chunks a jump lands among, so where it lands is measured, not guessed from estimated heights. */
export function createChunkPins(): ChunkPins {
  let pinned: HTMLElement[] = [];
  return {
    pinAround(target) {
      const next = target ? chunksAround(target) : [];
      if (next.length === pinned.length && next.every((chunk, i) => chunk === pinned[i])) return;
      for (const chunk of pinned) chunk.style.removeProperty('content-visibility');
      pinned = next;
      for (const chunk of pinned) chunk.style.setProperty('content-visibility', 'visible');
    },
    isPinned: (chunk) => pinned.includes(chunk as HTMLElement),
  };
}

/** The last chunk of a chunked body, where the end of the text is; null when the body is not chunked. */
export function lastChunk(body: Element): HTMLElement | null {
  const chunks = chunkHost(body).getElementsByClassName(CHUNK_CLASS);
  return (chunks[chunks.length - 1] as HTMLElement | undefined) ?? null;
}

/** Whether an element is laid out for real, not inside a chunk the browser is still skipping (caret hits miss those). */
export function isDrawn(element: Element | undefined): boolean {
  if (!element || typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ contentVisibilityAuto: true });
}
