/**
 * A huge article shown while it is still arriving. The frame's own HTML parser reads the document (so the DOM is
 * exactly the one a normal open builds), and before every frame the parser's finished blocks are moved into chunks
 * (body-chunks.ts), so no frame ever lays out more than the chunks near the viewport. The reader is told as soon
 * as there is text to show: the first chunk, or for a saved place the chunk that holds its block, and shows the page
 * then instead of after the whole book has been parsed.
 */
import { CHUNK_CLASS, createBodyChunker, type BodyChunker } from './body-chunks.ts';
import { readingBlocks } from './reading-blocks.ts';

export interface ProgressiveBody {
  /** The document has loaded: every remaining block goes into a chunk, and following stops. */
  finish(doc: Document): void;
  stop(): void;
}

/**
 * Follows the document loading at `path` into the iframe; `onShowable` runs once, when there is text to show: the
 * first chunk, or, with `untilBlock`, once finished chunks hold the reading block of that index (a saved place).
 */
export function followProgressiveBody(
  iframe: HTMLIFrameElement,
  path: string,
  measureEm: number,
  onShowable: (doc: Document) => void,
  untilBlock = 0,
): ProgressiveBody {
  let chunker: { doc: Document; chunks: BodyChunker } | null = null;
  let shown = false;
  let frame = 0;
  // Reading blocks in the chunks that are finished (all but the last, which may still grow), counted once each.
  let countedChunks = 0;
  let blocksInFinishedChunks = 0;

  const holdsBlock = (doc: Document): boolean => {
    const chunks = doc.getElementById('article-body')?.getElementsByClassName(CHUNK_CLASS);
    if (!chunks) return false;
    for (; countedChunks < chunks.length - 1; countedChunks++) blocksInFinishedChunks += readingBlocks(chunks[countedChunks]!).length;
    return blocksInFinishedChunks > untilBlock;
  };

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
    if (doc && chunks && chunks.wrap() > 0 && !shown && (untilBlock === 0 || holdsBlock(doc))) {
      shown = true;
      onShowable(doc);
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
