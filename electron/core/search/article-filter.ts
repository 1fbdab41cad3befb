/**
 * The operators of a search that are answered from an article's record rather than its words (tag:,
 * site:, author:, is:, saved:), as one predicate. It runs over every article of a library when a
 * search has filters, so what is folded per article is remembered: tags, sites and bylines repeat.
 */
import type { ReadingProgress } from '../../shared/models.ts';
import { readingState } from '../../shared/reading-state.ts';
import type { FilterTerm } from '../../shared/search-query.ts';
import { foldForSearch } from '../../shared/search-text.ts';
import { tagKey } from '../../shared/tags.ts';
import type { SearchFilters } from './search-plan.ts';

/** What the filters look at. */
export interface FilterableArticle {
  tags: string[];
  siteName: string | null;
  url: string | null;
  byline: string | null;
  savedAt: string;
  archived: boolean;
  favorite: boolean;
  finishedAt: string | null;
  progress: ReadingProgress | null;
  hasNote: boolean;
  highlightCount: number;
}

type Test = (article: FilterableArticle) => boolean;


/** A predicate that is true for the articles every clause of the filters keeps. */
export function articleFilter(filters: SearchFilters): (article: FilterableArticle) => boolean {
  if (filters.clauses.length === 0) return () => true;
  const fold = remembered(foldForSearch);
  const tagKeys = remembered(tagKey);
  const context: Context = { fold, tagKeys };
  const clauses = filters.clauses.map((clause) =>
    clause.map(({ negated, term }): Test => {
      const test = termTest(term, context);
      return negated ? (article) => !test(article) : test;
    }),
  );
  return (article) => clauses.every((clause) => clause.some((test) => test(article)));
}

interface Context {
  fold: (text: string) => string;
  tagKeys: (tag: string) => string;
}

function termTest(term: FilterTerm, { fold, tagKeys }: Context): Test {
  switch (term.kind) {
    case 'tag':
      return (article) => article.tags.some((tag) => tagKeys(tag) === term.key);
    case 'author':
      return (article) => article.byline !== null && startsAWord(fold(article.byline), term.name);
    case 'site': {
      const onHost = (host: string): boolean => host === term.host || host.endsWith(`.${term.host}`);
      return (article) =>
        (article.siteName !== null && startsAWord(fold(article.siteName), term.name)) ||
        (term.host !== '' && article.url !== null && onHost(hostOf(article.url)));
    }
    case 'saved': {
      const from = term.from ?? '';
      const to = term.to ?? '\uffff';
      return (article) => {
        // Timestamps in toISOString's one form compare as strings, far faster than parsing 100,000 of them.
        const saved = ISO_UTC.test(article.savedAt) ? article.savedAt : isoOrEmpty(article.savedAt);
        return saved >= from && saved < to;
      };
    }
    case 'is':
      return stateTest(term.state);
  }
}

function stateTest(state: Extract<FilterTerm, { kind: 'is' }>['state']): Test {
  switch (state) {
    case 'archived':
      return (article) => article.archived;
    case 'favorite':
      return (article) => article.favorite;
    case 'highlighted':
      return (article) => article.highlightCount > 0;
    case 'noted':
      return (article) => article.hasNote;
    default:
      return (article) => readingState(article.progress, article.finishedAt) === state;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const UNSPACED = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}]/u;

/**
 * True when `part` occurs in `text` where a word starts: author:corbet and author:jon find "Jonathan
 * Corbet", site:lwn finds "LWN.net", but site:lwn.net does not find "NotLWN.net". Scripts without spaces
 * have no word starts to look for, so there it may occur anywhere.
 */
function startsAWord(text: string, part: string): boolean {
  if (UNSPACED.test(part)) return text.includes(part);
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return true;
  }
  return false;
}

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function isoOrEmpty(timestamp: string): string {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/**
 * The host an address names, lower case and without www.; '' when it has none. Cut out by hand rather
 * than with URL or a regular expression: a site: search reads the address of every article.
 */
function hostOf(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return '';
  let start = scheme + 3;
  let end = start;
  while (end < url.length) {
    const char = url.charCodeAt(end);
    if (char === SLASH || char === QUESTION || char === HASH) break;
    if (char === AT) start = end + 1;
    end++;
  }
  let host = url.slice(start, end);
  const port = host.lastIndexOf(':');
  if (port >= 0 && !host.endsWith(']')) host = host.slice(0, port);
  host = host.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

const [SLASH, QUESTION, HASH, AT] = ['/', '?', '#', '@'].map((char) => char.charCodeAt(0)) as [number, number, number, number];

/** A string function that remembers its answers (for the life of one filter). */
function remembered(work: (text: string) => string): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = work(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
