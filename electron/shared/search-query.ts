/**
 * The search box's query language, read into a small tree the core turns into an FTS5 query and a
 * filter (core/search/search-plan.ts), and the renderer reads for its hints. It never fails: what it
 * cannot read is searched as words, or left out, with a hint saying so.
 *
 * - words: all must match; while typing, the last word is a prefix (`lect` finds "Lectern")
 * - "exact phrase"; -word, -"phrase", -tag:x exclude; NOT x is -x; AND is what words do anyway
 * - OR joins the terms on either side and binds tighter than the spaces between terms, as on GitHub and
 *   Readwise: `a OR b c` is (a OR b) AND c. It joins words with words or operators with operators.
 * - tag:name, tag:"two words"; site:lwn.net (the address's host or one of its parents, or words of
 *   the site's name); author:name (words of the byline, from their start);
 *   is:unread|reading|finished|archived|favorite|highlighted|noted
 * - saved:2025, saved:2025-01, saved:2025-01-31, saved:>D, >=D, <D, <=D, saved:A..B
 * - in:title|author|site|url|body|notes|highlights: look for the words only there (several add up);
 *   title:word, body:, url:, notes:, highlights: do so for one word or "phrase"
 */
import { parseDateRange, type DateRange } from './search-query-date.ts';
import { lexQuery, type RawToken } from './search-query-tokens.ts';
import { foldForSearch } from './search-text.ts';
import { tagKey } from './tags.ts';

/** The most terms a query uses; a pasted page of text should not become a 2,000-word query. */
const MAX_TERMS = 64;
/** The longest word or phrase kept, in characters; a longer one is cut (it still finds its article). */
const MAX_TERM_LENGTH = 200;

/** The columns of the search index, which in: names. */
export type SearchColumn = 'title' | 'author' | 'site' | 'url' | 'body' | 'note' | 'highlights';

const COLUMN_NAMES: Readonly<Record<string, SearchColumn>> = {
  title: 'title', author: 'author', site: 'site', url: 'url', body: 'body', text: 'body',
  note: 'note', notes: 'note', highlight: 'highlights', highlights: 'highlights',
};

const STATES = ['unread', 'reading', 'finished', 'archived', 'favorite', 'highlighted', 'noted'] as const;
type ArticleStateName = (typeof STATES)[number];

const STATE_NAMES: Readonly<Record<string, ArticleStateName>> = {
  ...Object.fromEntries(STATES.map((state) => [state, state])),
  'in-progress': 'reading', started: 'reading', read: 'finished', done: 'finished', archive: 'archived',
  favourite: 'favorite', favorites: 'favorite', favourites: 'favorite', starred: 'favorite',
  highlights: 'highlighted', note: 'noted', notes: 'noted',
};

/** Words or a phrase to find in the text. */
export interface TextTerm {
  kind: 'text';
  /** As typed (after NFKC), not yet folded. */
  text: string;
  phrase: boolean;
  /** The word being typed: match words that start with it. */
  prefix: boolean;
  /** Written as title:word and the like: only that column; null for wherever in: says. */
  column: SearchColumn | null;
}

/** A condition on an article's record rather than its words. */
export type FilterTerm =
  | { kind: 'tag'; key: string }
  /** host: the value as a host name (folded, no scheme, path or www.); name: the value folded, for the site's name. */
  | { kind: 'site'; host: string; name: string }
  | { kind: 'author'; name: string }
  | { kind: 'is'; state: ArticleStateName }
  | ({ kind: 'saved' } & DateRange);

/** One term of a query, maybe excluded. */
export interface QueryAtom<T extends TextTerm | FilterTerm = TextTerm | FilterTerm> {
  negated: boolean;
  term: T;
}

/** What a query says, as a list of conditions that must all hold. */
interface ParsedQuery {
  /** Every clause must hold; a clause holds when any of its atoms does (OR). A clause is all text or all filters. */
  clauses: QueryAtom[][];
  /** The columns in: restricts words to; empty for all. */
  columns: SearchColumn[];
  /** For people, about what was read differently from how it was written. */
  hints: string[];
}

const isText = (atom: QueryAtom): atom is QueryAtom<TextTerm> => atom.term.kind === 'text';

/** Reads a query; `typing` makes the last word a prefix and forgives what is still being typed. */
export function parseQuery(query: string, { typing = false } = {}): ParsedQuery {
  const { tokens, unbalanced } = lexQuery(query, { openPhraseAtEnd: typing });
  const hints = new Set<string>();
  if (unbalanced) hints.add('Unbalanced quote — searched as words');
  const clauses: QueryAtom[][] = [];
  const columns = new Set<SearchColumn>();
  let terms = 0;
  let joinNext = false;
  let negateNext = false;
  for (const token of tokens) {
    const bare = token.name === null && !token.quoted && !token.negated;
    if (bare && token.value === 'OR') {
      if (clauses.length > 0) joinNext = true;
      else hints.add('OR needs a term on each side');
      continue;
    }
    if (bare && token.value === 'AND') continue;
    if (bare && token.value === 'NOT') {
      negateNext = true;
      continue;
    }
    // Forgive an operator without its value while it is being typed.
    const quiet = typing && token.atEnd;
    const atom = readToken(token, { typing, columns, hint: (text) => quiet || hints.add(text) });
    if (!atom) {
      // `a OR 🎉 b` is a and b: the OR had nothing on its right.
      joinNext = false;
      continue;
    }
    if (negateNext) atom.negated = !atom.negated;
    negateNext = false;
    if (terms === MAX_TERMS) {
      hints.add(`Only the first ${MAX_TERMS} terms are searched`);
      break;
    }
    terms++;
    const last = clauses.at(-1);
    if (joinNext && last && canJoin(last, atom)) last.push(atom);
    else {
      if (joinNext) hints.add(joinHint(atom));
      clauses.push([atom]);
    }
    joinNext = false;
  }
  if ((joinNext || negateNext) && !typing) hints.add(`${joinNext ? 'OR' : 'NOT'} at the end has nothing to apply to`);
  if (columns.size > 0 && !clauses.some((clause) => clause.some(isText))) hints.add('in: looks for words: add one to search for');
  return { clauses, columns: [...columns], hints: [...hints] };
}

/**
 * An OR joins terms of one kind: words are searched in the index and operators checked on the record,
 * so "tag:a OR rust" has no single place to be answered. Excluded words cannot be alternatives either:
 * the index finds what has a word, not what lacks one.
 */
function canJoin(clause: QueryAtom[], atom: QueryAtom): boolean {
  if (isText(atom) !== isText(clause[0]!)) return false;
  return !isText(atom) || (!atom.negated && !clause[0]!.negated);
}

function joinHint(atom: QueryAtom): string {
  return isText(atom) && atom.negated
    ? 'An excluded word cannot be one side of OR — both are required'
    : 'OR joins words with words or operators with operators — both are required';
}

interface ReadOptions {
  typing: boolean;
  /** Returns whatever; only the call matters. */
  hint: (text: string) => unknown;
  columns: Set<SearchColumn>;
}

function readToken(token: RawToken, options: ReadOptions): QueryAtom | null {
  if (token.name === null) return textAtom(token.value, token, options, null);
  const name = token.name.toLowerCase();
  // author: and site: are filters on the record; the other columns' names look for words in them.
  const column = name === 'author' || name === 'site' ? undefined : COLUMN_NAMES[name];
  if (column) return textAtom(token.value, token, options, column);
  const value = token.value.trim();
  const known = ['tag', 'site', 'author', 'is', 'saved', 'in'].includes(name);
  if (!known) {
    // An address (https://…) is a word like any other; an unknown operator is told about.
    if (!value.startsWith('//')) options.hint(`Unknown operator "${token.name}:" — searched as words`);
    return textAtom(`${token.name}:${token.value}`, token, options, null);
  }
  if (value === '') {
    options.hint(`"${name}:" needs a value, as in ${EXAMPLES[name]}`);
    return null;
  }
  const filter = (term: FilterTerm): QueryAtom => ({ negated: token.negated, term });
  switch (name) {
    case 'tag': {
      const key = tagKey(value);
      if (key !== '') return filter({ kind: 'tag', key });
      options.hint(`"tag:${value}" names no tag — use ${EXAMPLES.tag}`);
      return null;
    }
    case 'site':
      return siteAtom(value, token.negated, options);
    case 'author':
      return filter({ kind: 'author', name: foldForSearch(value) });
    case 'is': {
      const state = STATE_NAMES[foldForSearch(value)];
      if (state) return filter({ kind: 'is', state });
      options.hint(`Unknown "is:${value}" — use is:${STATES.join(', is:')}`);
      return null;
    }
    case 'saved': {
      const range = parseDateRange(value.replace(/\s+/g, ''));
      if (range) return filter({ kind: 'saved', ...range });
      options.hint(`"saved:${value}" is not a date — use ${EXAMPLES.saved}`);
      return null;
    }
    default:
      return readColumn(value, token.negated, options);
  }
}

const EXAMPLES: Readonly<Record<string, string>> = {
  tag: 'tag:reading or tag:"to read"',
  site: 'site:lwn.net',
  author: 'author:corbet',
  is: 'is:unread',
  saved: 'saved:2025-01-31, saved:>2025-01, saved:<2025 or saved:2025-01..2025-03',
  in: 'in:notes or in:highlights',
};

function textAtom(value: string, token: RawToken, options: ReadOptions, column: SearchColumn | null): QueryAtom | null {
  let text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (!/[\p{L}\p{N}]/u.test(text)) {
    options.hint(`"${shorten(text)}" has no letters or digits to search for — left out`);
    return null;
  }
  if ([...text].length > MAX_TERM_LENGTH) {
    text = [...text].slice(0, MAX_TERM_LENGTH).join('');
    options.hint(`Words and phrases are cut to ${MAX_TERM_LENGTH} characters`);
  }
  // A one-letter prefix matches nearly every article; the second letter makes it worth looking up. In a phrase
  // being typed it is the phrase's last word that counts: "quiet w" as a prefix took 330 ms at 10,000 articles.
  const typed = options.typing && token.atEnd && !token.negated && (!token.quoted || token.unclosed);
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  const prefix = typed && [...lastWord].length >= 2 && /[\p{L}\p{N}]$/u.test(text);
  return { negated: token.negated, term: { kind: 'text', text, phrase: token.quoted, prefix, column } };
}

function siteAtom(value: string, negated: boolean, options: ReadOptions): QueryAtom | null {
  const name = foldForSearch(value);
  const host = name.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#:].*$/, '').replace(/^www\./, '').replace(/\.$/, '');
  if (host === '' && name.replace(/\W/g, '') === '') {
    options.hint(`"site:${value}" names no site — use ${EXAMPLES.site}`);
    return null;
  }
  return { negated, term: { kind: 'site', host, name } };
}

function readColumn(value: string, negated: boolean, options: ReadOptions): null {
  const column = COLUMN_NAMES[foldForSearch(value)];
  if (negated) options.hint(`"-in:" is not supported — searched everywhere`);
  else if (!column) options.hint(`Unknown "in:${value}" — use in:title, in:body, in:notes, in:highlights, in:author, in:site or in:url`);
  else options.columns.add(column);
  return null;
}

function shorten(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
