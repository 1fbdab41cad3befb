/**
 * How what people type is matched against what is stored: one folding for the library's filter box, the
 * notebook, tags, the marks on matched words and the search index. Folding ignores case, accents and
 * full-width or compatibility forms, so "cafe" finds "Café" and "wide" finds "Ｗｉｄｅ".
 */

/**
 * Accents are the general-purpose combining diacritics. Vowel signs of Indic, Thai and other scripts are
 * marks too, but dropping them would turn different words into one, so they stay.
 */
// The class lists combining marks on purpose (they are what is removed), which this rule exists to flag.
// oxlint-disable-next-line no-misleading-character-class
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Letters NFKD leaves whole that readers still expect to match their plain Latin spelling. Applied after
 * lower-casing, so only lower-case forms are listed; final sigma becomes σ so that no letter folds
 * differently by its place in a word.
 */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ς: 'σ' };
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Text in the form it is compared in: compatibility-decomposed (NFKD), accents dropped, lower case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(ACCENTS, '').toLowerCase().replace(SPECIAL, (letter) => LETTERS[letter]!);
}

/** The folded words of a query, each of which a match must contain. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** True when the text contains every term (terms from searchTerms); pass folded text to skip folding it again. */
export function matchesTerms(text: string, terms: readonly string[], { folded = false } = {}): boolean {
  if (terms.length === 0) return true;
  const haystack = folded ? text : foldForSearch(text);
  return terms.every((term) => haystack.includes(term));
}

/** Folded text with, for each of its UTF-16 units, the index in the original text of the character it came from. */
interface FoldedWithOrigins {
  folded: string;
  /** origins[i] is where folded[i] starts in the original; one extra entry holds the original's length. */
  origins: number[];
}

function foldWithOrigins(text: string): FoldedWithOrigins {
  let folded = '';
  const origins: number[] = [];
  let at = 0;
  for (const char of text) {
    // Character by character gives what folding the whole text gives (each step maps one character on
    // its own), except for the order of stacked non-accent marks, which NFKD may sort across characters.
    // An ASCII character folds to its lower case; skipping NFKD for it makes marking long texts fast.
    const part = char.charCodeAt(0) < 0x80 ? char.toLowerCase() : foldForSearch(char);
    folded += part;
    for (let i = 0; i < part.length; i++) origins.push(at);
    at += char.length;
  }
  origins.push(text.length);
  return { folded, origins };
}

/** A run of the original text: [start, end) in UTF-16 offsets. */
interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the terms occur in text, as ranges of the original (unfolded) text, in order and never
 * overlapping; longer terms win where two start at the same place. Folding can change a text's length
 * ("ﬁ" is "fi", "é" may be two units), so ranges are mapped back character by character.
 */
export function findTerms(text: string, terms: readonly string[]): TextRange[] {
  const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return [];
  const { folded, origins } = foldWithOrigins(text);
  const ranges: TextRange[] = [];
  let from = 0;
  while (from < folded.length) {
    let best: { at: number; length: number } | null = null;
    for (const term of wanted) {
      const at = folded.indexOf(term, from);
      if (at >= 0 && (best === null || at < best.at)) best = { at, length: term.length };
    }
    if (best === null) break;
    const start = origins[best.at]!;
    // The match ends where the next original character begins, so a folded "ﬁ" is marked whole.
    let endIndex = best.at + best.length;
    while (endIndex < folded.length && origins[endIndex] === origins[endIndex - 1]) endIndex++;
    ranges.push({ start, end: origins[endIndex]! });
    from = endIndex;
  }
  return ranges;
}
