/**
 * The first step of reading a search: cutting it into tokens (a word, a "quoted phrase", an operator
 * with its value, each maybe negated with a leading -). Nothing here fails: stray quotes and odd
 * characters only change how a token is read.
 */

/** One token of a query, before its operator is looked up. */
export interface RawToken {
  /** Written with a leading - (exclude). */
  negated: boolean;
  /** The operator before ':' as typed (`Tag` in `Tag:x`), null for a plain word or phrase. */
  name: string | null;
  value: string;
  /** The value was in quotes: a phrase, or an operator value with spaces. */
  quoted: boolean;
  /** The quote was never closed: the value runs to the end of the query. */
  unclosed: boolean;
  /** True when nothing follows the token, not even a space: the word the reader is still typing. */
  atEnd: boolean;
}

interface Lexed {
  tokens: RawToken[];
  /** An opening quote had no closing one and was read as words instead. */
  unbalanced: boolean;
}

// Typed quotes too: systems replace " with curly quotes as people type.
const OPENING_QUOTES = new Set(['"', '“', '”', '„']);
const CLOSING_QUOTE = /["“”]/g;
const SPACE = /\s/u;
const OPERATOR = /^([a-z]+):/i;
// Direction marks are invisible and come along when text is pasted from right-to-left pages.
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Control characters are never part of a word, and a NUL would end the FTS5 query string early.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * The tokens of a query. With openPhraseAtEnd, a quote still open at the end is a phrase being typed;
 * otherwise the stray quote is dropped and what follows is read as words.
 */
export function lexQuery(query: string, { openPhraseAtEnd = false } = {}): Lexed {
  // NFKC makes full-width letters, colons and quotes (typed with a CJK keyboard) the ASCII ones.
  const text = query.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  const tokens: RawToken[] = [];
  let unbalanced = false;
  let at = 0;
  while (at < text.length) {
    if (SPACE.test(text[at]!)) {
      at++;
      continue;
    }
    let cursor = at;
    const negated = text[cursor] === '-' && cursor + 1 < text.length && !SPACE.test(text[cursor + 1]!);
    if (negated) cursor++;
    const operator = OPERATOR.exec(text.slice(cursor, cursor + 40));
    const name = operator ? operator[1]! : null;
    if (operator) cursor += operator[0].length;
    let value: string;
    let quoted = false;
    let unclosed = false;
    if (OPENING_QUOTES.has(text[cursor]!)) {
      CLOSING_QUOTE.lastIndex = cursor + 1;
      const closing = CLOSING_QUOTE.exec(text);
      if (closing) {
        value = text.slice(cursor + 1, closing.index);
        quoted = true;
        cursor = closing.index + 1;
      } else if (openPhraseAtEnd) {
        value = text.slice(cursor + 1);
        quoted = true;
        unclosed = true;
        cursor = text.length;
      } else {
        // Read on from just after the stray quote; whatever came before it (-, tag:) still applies.
        unbalanced = true;
        cursor++;
        const end = wordEnd(text, cursor);
        value = text.slice(cursor, end);
        cursor = end;
      }
    } else {
      const end = wordEnd(text, cursor);
      value = text.slice(cursor, end);
      cursor = end;
    }
    tokens.push({ negated, name, value, quoted, unclosed, atEnd: cursor >= text.length });
    at = cursor;
  }
  return { tokens, unbalanced };
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  return end;
}
