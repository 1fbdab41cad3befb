import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { sanitizeArticleHtml } from '../extract/sanitize.ts';
import { countWords } from '../../shared/word-count.ts';
import { detectDirection, makeExcerpt } from './article-metadata.ts';
import { stripFurniture } from './text-cleanup.ts';
import { readTextHeader } from './text-header.ts';
import { splitIntoUnits } from './text-lines.ts';
import { blocksToHtml, blocksToText } from './text-render.ts';
import { classifyUnits } from './text-structure.ts';

interface PlainTextOptions {
  /** The file the text came from, for a title when the text has none. */
  fileName?: string | null;
  /** A title chosen by the person importing; wins over anything found in the text. */
  title?: string | null;
}

/**
 * Gives plain text its structure back: paragraphs (one per line or hard-wrapped), headings,
 * lists, a title, byline and date, with page furniture dropped.
 */
export function importPlainTextContent(text: string, options: PlainTextOptions = {}): ExtractedArticle {
  const units = stripFurniture(splitIntoUnits(text));
  const header = readTextHeader(classifyUnits(units), options.fileName ?? null);
  const blocks = header.blocks;
  const body = blocksToText(blocks);
  const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  return {
    title: options.title?.trim() || header.title,
    byline: header.byline,
    siteName: null,
    publishedAt: header.publishedAt,
    lang: null,
    dir: detectDirection(body),
    excerpt: makeExcerpt(paragraphs.length ? paragraphs : [body]),
    leadImage: null,
    canonicalUrl: null,
    html: sanitizeArticleHtml(blocksToHtml(blocks)),
    text: body,
    wordCount: countWords(body),
  };
}
