/** Splits text into plain and matching runs, so rows can mark what a search found. */
import type { SearchMatch } from '../../electron/shared/models.ts';
import { parseQuery } from '../../electron/shared/search-query.ts';
import { findTerms, searchTerms } from '../../electron/shared/search-text.ts';

interface TextPart {
  text: string;
  match: boolean;
}

let lastWords = { query: '', words: '' };

/**
 * The words of a query worth marking in a title or excerpt, read by the search's own parser: filters
 * (`tag:x`, `is:unread`), exclusions (`-word`) and `OR` name no text there is to see; phrases give their words.
 */
function markableWords(query: string): string {
  // Every row of a screen asks with the same query; parse it once.
  if (query === lastWords.query) return lastWords.words;
  const words: string[] = [];
  for (const atom of parseQuery(query, { typing: true }).clauses.flat()) {
    if (atom.term.kind === 'text' && !atom.negated) words.push(atom.term.text);
  }
  lastWords = { query, words: words.join(' ') };
  return lastWords.words;
}

function partsFromRanges(text: string, ranges: readonly { start: number; end: number }[]): TextPart[] {
  if (ranges.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const { start, end } of ranges) {
    const from = Math.max(start, last);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > last) parts.push({ text: text.slice(last, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    last = to;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * Runs of text, each flagged when it is one of the query's words (words of 2+ letters), matched the way
 * core matches them: case, accents and full-width forms aside.
 */
export function matchParts(text: string, query: string): TextPart[] {
  return partsFromRanges(text, findTerms(text, searchTerms(markableWords(query)).filter((term) => term.length >= 2)));
}

/** Runs of a search snippet with the words core marked; marks out of order or out of range are tidied, never trusted. */
export function snippetParts(match: Pick<SearchMatch, 'snippet' | 'marks'>): TextPart[] {
  return partsFromRanges(match.snippet, match.marks.toSorted((a, b) => a.start - b.start));
}
