/** Splits text into plain and matching runs for the filter's words, so rows can mark what was found. */
import { findTerms, searchTerms } from '../../electron/shared/search-text.ts';

interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Runs of text, each flagged when it is one of the query's words (words of 2+ letters), matched the way
 * core's filter matches them: case, accents and full-width forms aside.
 */
export function matchParts(text: string, query: string): TextPart[] {
  const ranges = findTerms(text, searchTerms(query).filter((term) => term.length >= 2));
  if (ranges.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const { start, end } of ranges) {
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
