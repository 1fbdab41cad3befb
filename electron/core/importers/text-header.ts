import { parseArticleDate } from './parse-date.ts';
import { isHeadingLike, type TextBlock } from './text-structure.ts';
import { firstSentence, titleFromFileName, truncateAtWord } from './file-title.ts';

interface TextHeader {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  /** The body without the lines that became the title, byline and date. */
  blocks: TextBlock[];
}

// How many blocks at the top may hold a byline or a date line.
const HEADER_WINDOW = 5;
const BYLINE = /^(?:by|written by|words by|story by|author|authors|von|par|por|door|di|av|af)\s*:?\s+(.+)$/i;
const DATE_PREFIX = /^(?:(?:first\s+)?published|updated|last updated|posted|date|dated)(?:\s+on)?\s*:?\s*/i;
const SHORT_TITLE = 90;

function lineOf(block: TextBlock | undefined): string | null {
  if (!block) return null;
  return block.kind === 'paragraph' || block.kind === 'heading' ? block.text : null;
}

interface Byline {
  name: string;
  date: string | null;
}

/** "By Jane Doe and John Roe | 12 March 2020" → name and date; null when the line is not a byline. */
function readByline(line: string): Byline | null {
  if (line.length > 120) return null;
  const match = BYLINE.exec(line);
  if (!match?.[1]) return null;
  const [namePart = '', ...rest] = match[1].split(/\s*[|·•]\s*|,\s+(?=\p{L}*\.?\s*\d|\d)|\s+[—–]\s+/u);
  const name = namePart.trim().replace(/[,;]$/, '');
  const words = name.split(/\s+/);
  // Names are a few capitalised words; anything longer is a sentence that starts with "By".
  if (words.length === 0 || words.length > 10 || /[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, ''))) return null;
  if (!/^\p{Lu}/u.test(name)) return null;
  const date = rest.map((part) => parseArticleDate(part)).find((value) => value !== null) ?? null;
  return { name, date };
}

function readDateLine(line: string): string | null {
  if (line.length > 80) return null;
  return parseArticleDate(line.replace(DATE_PREFIX, ''));
}

/** Whether a line is a byline or a date line, the metadata that sits under a title. */
export function isHeaderLine(line: string): boolean {
  return readByline(line) !== null || readDateLine(line) !== null;
}

/**
 * Finds the article's header in plain text: a title line at the top, a byline and a date line
 * near it. The title falls back to the first sentence when short, then to the file name, then
 * to the first sentence cut short.
 */
export function readTextHeader(input: readonly TextBlock[], fileName: string | null): TextHeader {
  const blocks = [...input];
  let byline: string | null = null;
  let publishedAt: string | null = null;
  for (let i = 0; i < Math.min(HEADER_WINDOW, blocks.length); i++) {
    const line = lineOf(blocks[i]);
    if (line === null) continue;
    const foundByline: Byline | null = byline === null ? readByline(line) : null;
    const foundDate: string | null = foundByline ? foundByline.date : publishedAt === null ? readDateLine(line) : null;
    if (!foundByline && !foundDate) continue;
    if (foundByline) byline = foundByline.name;
    if (foundDate) publishedAt = foundDate;
    blocks.splice(i, 1);
    i--;
  }

  let title: string | null = null;
  const first = blocks[0];
  // The top line is the title when it reads as a heading; a byline or date under it confirms a
  // short line that was otherwise too close to other short lines to count as one.
  const headerLine = first?.kind === 'heading' || (first?.kind === 'paragraph' && (byline || publishedAt) && isHeadingLike(first.text));
  if (first && headerLine && blocks.length > 1 && (first.kind === 'heading' || first.kind === 'paragraph')) {
    title = first.text;
    blocks.shift();
  }
  return { title: title ?? fallbackTitle(blocks, fileName), byline, publishedAt, blocks };
}

function fallbackTitle(blocks: readonly TextBlock[], fileName: string | null): string {
  const firstText = blocks.map(lineOf).find((line): line is string => line !== null && line.trim() !== '');
  const sentence = firstText ? firstSentence(firstText) : '';
  if (sentence && sentence.length <= SHORT_TITLE && sentence.split(/\s+/).length >= 2) return sentence;
  const fromName = fileName ? titleFromFileName(fileName) : null;
  if (fromName) return fromName;
  if (sentence) return truncateAtWord(sentence, 80);
  const anyText = blocks.map((block) => (block.kind === 'list' ? block.items[0] : block.kind === 'lines' ? block.lines[0] : null)).find(Boolean);
  return anyText ? truncateAtWord(anyText, 80) : 'Untitled';
}
