/** Splits text into plain and matching runs, so rows can mark what a search found. */
import type { SearchMatch } from '../../electron/shared/models.ts';
import { findTerms, searchTerms } from '../../electron/shared/search-text.ts';

interface TextPart {
  text: string;
  match: boolean;
}

/**
 * The words of a query worth marking in a title or excerpt: operators (`tag:x`, `is:unread`), exclusions
 * (`-word`) and `OR` name no text that is there to see; quotes only group words.
 */
function markableWords(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => word !== 'OR' && !word.startsWith('-') && !/^[a-z]+:/i.test(word))
    .join(' ')
    .replace(/"/g, ' ');
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
