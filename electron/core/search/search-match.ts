/**
 * Which field of an article a search matched best, and the passage to show from it. Fields are tried in
 * the order of their BM25 weight (search-sql.ts), so the passage comes from what counted most; the body,
 * which is long and read in the worker, is the last resort.
 */
import type { SearchMatch } from '../../shared/models.ts';
import { foldForSearch } from '../../shared/search-text.ts';
import type { SearchField } from '../../shared/vocabularies.ts';
import type { HighlightText } from './index-docs.ts';
import { cutSnippet, type CutSnippet } from './snippet.ts';

/** What an article shows besides its body. */
interface MatchSources {
  title: string;
  author: string;
  site: string;
  url: string;
  note: string;
  highlights: readonly HighlightText[];
}

/** The passage of text when it holds one of the terms; a plain substring test first, since most fields do not. */
function cutIfFound(text: string, terms: readonly string[]): CutSnippet | null {
  if (text === '') return null;
  const folded = foldForSearch(text);
  if (!terms.some((term) => folded.includes(term))) return null;
  const cut = cutSnippet(text, terms);
  return cut.range ? cut : null;
}

/** The best field other than the body that holds one of the terms, or null. */
export function fieldMatch(sources: MatchSources, terms: readonly string[]): { field: SearchField; cut: CutSnippet } | null {
  const title = cutIfFound(sources.title, terms);
  if (title) return { field: 'title', cut: title };
  for (const highlight of sources.highlights) {
    const cut = cutIfFound(highlight.note ? `${highlight.quote} — ${highlight.note}` : highlight.quote, terms);
    if (cut) return { field: 'highlight', cut };
  }
  const rest: [SearchField, string][] = [
    ['note', sources.note],
    ['author', sources.author],
    ['site', sources.site],
    ['url', sources.url],
  ];
  for (const [field, text] of rest) {
    const cut = cutIfFound(text, terms);
    if (cut) return { field, cut };
  }
  return null;
}

/** The match a result carries; only a body match says where in the article text it is. */
export function searchMatch(field: SearchField, cut: CutSnippet, score: number): SearchMatch {
  return { field, snippet: cut.snippet, marks: cut.marks, bodyRange: field === 'body' ? cut.range : null, score };
}
