/**
 * A search as the index runs it: the parsed query (shared/search-query.ts) turned into one FTS5 MATCH
 * expression, the words to mark in snippets, and the filters checked on each article's record. Every
 * word the reader typed is put in index form and re-quoted, so nothing typed is ever FTS5 syntax.
 */
import { parseQuery, type FilterTerm, type QueryAtom, type SearchColumn, type TextTerm } from '../../shared/search-query.ts';
import { foldForSearch } from '../../shared/search-text.ts';
import { indexText } from './index-text.ts';

/** Conditions on an article's record: every clause must hold, a clause when any of its atoms does. */
export interface SearchFilters {
  clauses: QueryAtom<FilterTerm>[][];
}

/** What the index is asked, made from what the reader typed. */
export interface SearchPlan {
  /** FTS5 MATCH expression over the index's columns; null when the query has no words to find (filters only). */
  match: string | null;
  /**
   * Only when match is null: a MATCH expression for the articles to leave out (`-rust tag:linux`), since
   * FTS5 cannot find what lacks a word on its own. Null otherwise.
   */
  exclude: string | null;
  /** Folded words and phrases to mark in snippets, in query order. */
  terms: string[];
  filters: SearchFilters;
  hints: string[];
}

/** The plan for a query; `typing` makes its last word a prefix. Never throws. */
export function planSearch(query: string, options: { typing: boolean }): SearchPlan {
  const parsed = parseQuery(query, options);
  const scope = columnFilter(parsed.columns);
  const wanted: string[] = [];
  const unwanted: string[] = [];
  const terms: string[] = [];
  const filters: QueryAtom<FilterTerm>[][] = [];
  for (const clause of parsed.clauses) {
    const words = clause.filter((atom): atom is QueryAtom<TextTerm> => atom.term.kind === 'text');
    if (words.length === 0) {
      filters.push(clause as QueryAtom<FilterTerm>[]);
      continue;
    }
    // The parser keeps excluded words out of OR, so an excluded word is a clause of its own.
    if (words[0]!.negated) {
      unwanted.push(phrase(words[0]!.term, scope));
      continue;
    }
    const alternatives = words.map((atom) => phrase(atom.term, scope));
    wanted.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
    for (const atom of words) terms.push(foldForSearch(atom.term.text));
  }
  const positive = wanted.join(' AND ');
  const negative = unwanted.join(' OR ');
  return {
    match: positive === '' ? null : negative === '' ? positive : `(${positive}) NOT (${negative})`,
    exclude: positive === '' && negative !== '' ? negative : null,
    terms: [...new Set(terms)],
    filters: { clauses: filters },
    hints: parsed.hints,
  };
}

/** FTS5's column filter for in: or title: and the like, or '' for all columns. */
function columnFilter(columns: readonly SearchColumn[]): string {
  return columns.length === 0 ? '' : `{${columns.join(' ')}} : `;
}

// Korean writes its particles onto the word (한국어는, 한국어를): a Korean word finds the words it begins.
const ENDS_IN_HANGUL = /\p{sc=Hangul}$/u;

/** One word or phrase as an FTS5 string: in index form, quoted with inner quotes doubled; `*` makes its last token a prefix. */
function phrase(term: TextTerm, scope: string): string {
  const only = term.column === null ? scope : columnFilter([term.column]);
  const prefix = term.prefix || (!term.phrase && ENDS_IN_HANGUL.test(term.text));
  return `${only}"${indexText(term.text).replaceAll('"', '""')}"${prefix ? ' *' : ''}`;
}
