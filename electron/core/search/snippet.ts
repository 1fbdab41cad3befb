/**
 * The passage a search result shows: about 25 words around the first matched word, cut on word
 * boundaries with … where it was cut, and the matched words marked (shared findTerms, the one rule for
 * marks). Bodies are long, so the first match is found on folded chunks and only a small window is
 * mapped back to the original text character by character.
 */
import { findTerms, foldForSearch } from '../../shared/search-text.ts';

const SNIPPET_WORDS = 25;
const WORDS_BEFORE = 8;
/** Scripts without spaces have no word boundaries to count: the passage is capped in characters too. */
const MAX_CHARS_BEFORE = 90;
const MAX_CHARS = 260;
const CHUNK = 2000;

interface TextRange {
  start: number;
  end: number;
}

/** A passage with its marks, and where its first matched word is in the whole text (null: nothing matched). */
export interface CutSnippet {
  snippet: string;
  marks: TextRange[];
  range: TextRange | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}]/u;
const NON_ASCII = /[^\p{ASCII}]/u;
/** The characters \s matches, by code (a regular expression per character is slow over long bodies). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** True when a match at `start` begins a word (inside unspaced scripts every place does). */
function startsWord(text: string, start: number): boolean {
  return start === 0 || !WORD_CHAR.test(text[start - 1]!) || UNSPACED.test(text[start]!);
}

function wordMatches(text: string, terms: readonly string[]): TextRange[] {
  const found = !NON_ASCII.test(text) ? findInAscii(text.toLowerCase(), terms) : findTerms(text, terms);
  return found.filter((range) => startsWord(text, range.start));
}

/**
 * findTerms for ASCII text, which folds to its lower case with the same offsets: the same ranges (in
 * order, never overlapping, the longer term first where two start together) without mapping each
 * character back.
 */
function findInAscii(lower: string, terms: readonly string[]): TextRange[] {
  const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  const ranges: TextRange[] = [];
  for (let from = 0; from < lower.length; ) {
    let at = -1;
    let length = 0;
    for (const term of wanted) {
      const found = lower.indexOf(term, from);
      if (found >= 0 && (at < 0 || found < at)) [at, length] = [found, term.length];
    }
    if (at < 0) break;
    ranges.push({ start: at, end: at + length });
    from = at + length;
  }
  return ranges;
}

/** Where a term starts a word in folded text, from `from`; -1 when nowhere. */
function wordIndexOf(folded: string, term: string, from = 0): number {
  for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (startsWord(folded, at)) return at;
  }
  return -1;
}

/** The first place a term starts a word in text, in the original's offsets. */
function firstMatch(text: string, terms: readonly string[]): TextRange | null {
  const longest = Math.max(...terms.map((term) => term.length));
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const chunk = text.slice(start, end);
    // ASCII folds to its lower case with the same offsets; only other text pays for NFKD.
    const folded = !NON_ASCII.test(chunk) ? chunk.toLowerCase() : foldForSearch(chunk);
    let best = -1;
    for (const term of terms) {
      const at = wordIndexOf(folded, term);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    if (best >= 0) {
      // Folding nearly always keeps offsets; a small window around the guess is checked exactly.
      if (folded.length === chunk.length) {
        const from = Math.max(0, best - 40);
        const found = wordMatches(chunk.slice(from, best + longest + 40), terms)[0];
        if (found) return { start: start + from + found.start, end: start + from + found.end };
      }
      const found = wordMatches(chunk, terms)[0];
      if (found) return { start: start + found.start, end: start + found.end };
    }
    start = end;
  }
  return null;
}

/** Moves back over `words` words from `at`, no further than `limit` characters. */
function backOverWords(text: string, at: number, words: number, limit: number): number {
  let i = at;
  for (let n = 0; n < words && i > 0; n++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return Math.max(i, at - limit);
}

/** Moves forward over `words` words from `at`, no further than `limit` characters. */
function forwardOverWords(text: string, at: number, words: number, limit: number): number {
  let i = at;
  for (let n = 0; n < words && i < text.length; n++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  }
  return Math.min(i, at + limit);
}

/** Never cut between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/** The passage of text around the first matched word, with the matched words marked. */
export function cutSnippet(text: string, terms: readonly string[]): CutSnippet {
  const wanted = terms.filter(Boolean);
  const range = wanted.length > 0 ? firstMatch(text, wanted) : null;
  const anchor = range?.start ?? 0;
  const from = safeCut(text, backOverWords(text, anchor, range ? WORDS_BEFORE : 0, MAX_CHARS_BEFORE));
  const to = safeCut(text, forwardOverWords(text, from, SNIPPET_WORDS, MAX_CHARS));
  const passage = text.slice(from, to).replace(/\s+/g, ' ').trim();
  const before = from > 0 && passage ? '…' : '';
  const snippet = `${before}${passage}${to < text.length && passage ? '…' : ''}`;
  // Marked in the passage alone: the … added around it would send ASCII text down the slower folding path.
  const marks = wordMatches(passage, wanted).map((mark) => ({ start: mark.start + before.length, end: mark.end + before.length }));
  return { snippet, marks, range };
}
