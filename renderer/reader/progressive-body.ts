/**
 * A huge article shown while it is still arriving. The frame's own HTML parser reads the document (so the DOM is
 * exactly the one a normal open builds), and before every frame the parser's finished blocks are moved into chunks
 * (body-chunks.ts), so no frame ever lays out more than the chunks near the viewport. The reader is told as soon
 * as the first chunk exists, and shows the page then instead of after the whole book has been parsed.
 */
import { createBodyChunker, type BodyChunker } from './body-chunks.ts';

export interface ProgressiveBody {
  /** The document has loaded: every remaining block goes into a chunk, and following stops. */
  finish(doc: Document): void;
  stop(): void;
}

/** Follows the document loading at `path` into the iframe; `onFirstChunk` runs once, when there is text to show. */
export function followProgressiveBody(
  iframe: HTMLIFrameElement,
  path: string,
  measureEm: number,
  onFirstChunk: (doc: Document) => void,
): ProgressiveBody {
  let chunker: { doc: Document; chunks: BodyChunker } | null = null;
  let shown = false;
  let frame = 0;

  const chunkerFor = (doc: Document): BodyChunker | null => {
    if (chunker?.doc === doc) return chunker.chunks;
    const body = doc.getElementById('article-body');
    if (!body) return null;
    doc.documentElement.dataset.chunked = '';
    chunker = { doc, chunks: createBodyChunker(body, measureEm) };
    return chunker.chunks;
  };

  const tick = () => {
    frame = 0;
    const doc = iframe.contentDocument;
    // Until the article's response commits, the frame still holds its first, empty document.
    const chunks = doc && doc.location.pathname === path ? chunkerFor(doc) : null;
    if (doc && chunks && chunks.wrap() > 0 && !shown) {
      shown = true;
      onFirstChunk(doc);
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);

  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
  return {
    finish(doc) {
      stop();
      chunkerFor(doc)?.wrap(true);
    },
    stop,
  };
}
