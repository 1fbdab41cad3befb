/**
 * First pass over plain text: from raw lines to logical units (one paragraph, list item, heading
 * line, verse stanza or preformatted block each). Handles both layouts text files come in: one
 * paragraph per line, and prose hard-wrapped at a fixed column.
 */

type UnitShape = 'line' | 'verse' | 'preformatted' | 'setext-heading';

export interface TextUnit {
  /** The unit's text on one line (lines joined, whitespace collapsed), or lines joined by \n for verse and preformatted. */
  text: string;
  shape: UnitShape;
  /** How many source lines the unit was joined from. */
  lineCount: number;
  /** Indentation of its first line, after the text's common indentation was removed. */
  indent: number;
}

interface SourceLine {
  text: string;
  indent: number;
}

const LIST_MARKER = /^(?:[-*+•·▪◦‣●○■□►➤➢]|\d{1,3}[.)]|[a-z][.)])\s+\S/u;
const RULE_LINE = /^(?:[-*_=~•·+#]\s*){3,}$/u;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
// Sentence-ending punctuation, optionally followed by closing quotes or brackets; CJK full stops included.
const SENTENCE_END = /[.!?…。！？．]["'”’»)\]]*$/u;
const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}。、，！？]/u;

/** Line endings unified, control characters dropped, trailing spaces trimmed. */
function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\f/g, '\n\n')
    // oxlint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '');
}

function measureIndent(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\u00a0') width++;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/** Splits normalized text into chunks of non-blank lines, with the text's common indentation removed. */
function readChunks(text: string): SourceLine[][] {
  const lines = text.split('\n');
  let common = Infinity;
  for (const line of lines) if (line.trim() !== '') common = Math.min(common, measureIndent(line));
  if (!Number.isFinite(common)) common = 0;
  const chunks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else {
      current.push({ text: line.trim(), indent: measureIndent(line) - common });
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

function startsLowercase(line: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(line);
}

export function isListMarkerLine(line: string): boolean {
  return LIST_MARKER.test(line);
}

export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line);
}

function startsBlock(line: string): boolean {
  return isListMarkerLine(line) || MARKDOWN_HEADING.test(line) || isRuleLine(line);
}

/**
 * The column prose was hard-wrapped at, or null when lines are paragraphs of their own. Wrapped
 * prose has most lines ending near one width and most of them ending mid-sentence.
 */
function estimateWrapWidth(chunks: SourceLine[][]): number | null {
  const lengths: number[] = [];
  let midSentence = 0;
  let casedStarts = 0;
  let capitalStarts = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length - 1; i++) {
      const line = chunk[i];
      const next = chunk[i + 1];
      if (!line || !next || isListMarkerLine(line.text)) continue;
      lengths.push(line.indent + line.text.length);
      if (!endsSentence(line.text)) midSentence++;
      if (/^\p{Lu}/u.test(next.text)) capitalStarts++;
      if (/^[\p{Lu}\p{Ll}]/u.test(next.text)) casedStarts++;
    }
  }
  if (lengths.length < 3) return null;
  // Wrapped prose mostly continues in lower case; lines that nearly all start with a capital are verse.
  if (casedStarts >= 3 && capitalStarts / casedStarts > 0.7) return null;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
  if (width < 30 || width > 120) return null;
  const nearWidth = lengths.filter((length) => length >= width * 0.75).length;
  if (nearWidth / lengths.length < 0.6 || midSentence / lengths.length < 0.5) return null;
  return width;
}

function joinLines(left: string, right: string): string {
  // CJK text has no spaces between words, so a wrapped line joins without one.
  if (CJK_EDGE.test(left.slice(-1)) && CJK_EDGE.test(right.charAt(0))) return left + right;
  // A word hyphenated across the break keeps its hyphen and loses the space.
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left + right;
  return `${left} ${right}`;
}

function isPreformattedChunk(chunk: SourceLine[], indentMeansCode: boolean): boolean {
  if (indentMeansCode && chunk.every((line) => line.indent >= 4)) return true;
  // Tables drawn with box characters or pipes, and columns aligned with runs of spaces.
  const tabular = chunk.filter((line) => /[│┃┆┊║|+]-{2,}|[─━═]{3,}|^\|.*\|$|\S {3,}\S.* {3,}\S/u.test(line.text));
  return chunk.length >= 2 && tabular.length >= Math.ceil(chunk.length * 0.6);
}

/**
 * Short lines that keep their breaks: in wrapped text, a block of lines well short of the wrap
 * width; elsewhere, three or more short lines, mostly not ending a sentence (a stanza, an address).
 */
function isVerseChunk(chunk: SourceLine[], wrapWidth: number | null, chunkCount: number): boolean {
  if (chunk.length < 2 || chunk.some((line) => startsBlock(line.text))) return false;
  if (wrapWidth !== null) return chunk.every((line) => line.text.length < wrapWidth * 0.6);
  if (chunkCount < 2 || chunk.length < 3 || chunk.some((line) => line.text.length >= 80)) return false;
  return chunk.filter((line) => !endsSentence(line.text)).length >= chunk.length / 2;
}

function unitFromLines(lines: SourceLine[], shape: UnitShape): TextUnit {
  const base = Math.min(...lines.map((line) => line.indent));
  const text = lines.map((line) => ' '.repeat(Math.max(0, line.indent - base)) + line.text).join('\n');
  return { text, shape, lineCount: lines.length, indent: lines[0]?.indent ?? 0 };
}

/** Splits one chunk of consecutive lines into units, joining lines that continue a paragraph or list item. */
function splitChunk(chunk: SourceLine[], wrapWidth: number | null, out: TextUnit[]): void {
  let current: TextUnit | null = null;
  let previous: SourceLine | null = null;
  let inListItem = false;
  for (let i = 0; i < chunk.length; i++) {
    const line = chunk[i] as SourceLine;
    const next = chunk[i + 1];
    if (next && SETEXT_UNDERLINE.test(next.text) && !startsBlock(line.text) && line.text.length <= 120) {
      if (current) out.push(current);
      out.push({ text: line.text, shape: 'setext-heading', lineCount: 1, indent: line.indent });
      current = null;
      previous = null;
      inListItem = false;
      i++;
      continue;
    }
    let join = false;
    if (current && previous && !startsBlock(line.text)) {
      if (inListItem && line.indent > 0 && line.indent >= previous.indent) join = true;
      else if (!inListItem && line.indent >= 2 && line.indent > previous.indent) join = false;
      else if (wrapWidth !== null) {
        join = previous.indent + previous.text.length >= wrapWidth * 0.6
          || (!endsSentence(previous.text) && startsLowercase(line.text));
      } else {
        // One paragraph per line, but a line cut in the middle of a sentence still continues.
        join = /[\p{L}\p{N},;]$/u.test(previous.text) && startsLowercase(line.text);
      }
    }
    if (join && current) {
      current.text = joinLines(current.text, line.text);
      current.lineCount++;
    } else {
      if (current) out.push(current);
      current = { text: line.text, shape: 'line', lineCount: 1, indent: line.indent };
      inListItem = isListMarkerLine(line.text);
    }
    previous = line;
  }
  if (current) out.push(current);
}

/** Turns plain text into logical units, ready to be classified as headings, paragraphs and list items. */
export function splitIntoUnits(text: string): TextUnit[] {
  const chunks = readChunks(normalizeText(text));
  const wrapWidth = estimateWrapWidth(chunks);
  // When most chunks are indented, indentation is how this text marks paragraphs, not code.
  const indentedChunks = chunks.filter((chunk) => chunk.every((line) => line.indent >= 4)).length;
  const indentMeansCode = indentedChunks < chunks.length / 2;
  const units: TextUnit[] = [];
  for (const chunk of chunks) {
    if (isPreformattedChunk(chunk, indentMeansCode)) units.push(unitFromLines(chunk, 'preformatted'));
    else if (isVerseChunk(chunk, wrapWidth, chunks.length)) units.push(unitFromLines(chunk, 'verse'));
    else splitChunk(chunk, wrapWidth, units);
  }
  for (const unit of units) if (unit.shape === 'line' && /\s\s|[^\S ]/.test(unit.text)) unit.text = unit.text.replace(/\s+/g, ' ');
  return units;
}
