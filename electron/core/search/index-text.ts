/**
 * The form text is indexed and queried in. FTS5's unicode61 tokeniser splits on spaces and punctuation,
 * so scripts written without spaces would index a whole sentence as one token: those runs are cut into
 * words with Intl.Segmenter first. Every column and every query word goes through indexText, so both
 * sides always split the same way.
 */
import { foldForSearch } from '../../shared/search-text.ts';

// Chinese and Japanese (by script extension, so the prolonged sound mark ー and the iteration marks
// count), and the Southeast Asian scripts that do not space their words either. Korean spaces its words,
// so Hangul is left to unicode61. Marks are kept inside a run: NFKD turns ガ into カ plus a voicing mark.
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}][\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{M}]*/gu;
const HAS_UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const SPACE = /\s/u;

/**
 * The FTS5 tokeniser that reads indexText's output. Marks (M*) are word characters: indexText has already
 * dropped accents, and without them unicode61 would cut Hindi, Thai or Arabic words apart at every vowel sign.
 */
export const FTS_TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'";

// One segmenter for the process: building one loads ICU's dictionaries.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

function splitRun(run: string, offset: number, whole: string): string {
  // Recomposed before segmenting: the dictionaries know ガ, not カ followed by a voicing mark.
  const words = Array.from(segmenter.segment(run.normalize('NFC')), (part) => part.segment).join(' ');
  const before = offset > 0 && !SPACE.test(whole[offset - 1]!) ? ' ' : '';
  const end = offset + run.length;
  const after = end < whole.length && !SPACE.test(whole[end]!) ? ' ' : '';
  return before + words + after;
}

/** Text folded like every search (case, accents, width) with unspaced scripts cut into space-separated words. */
export function indexText(text: string): string {
  const folded = foldForSearch(text);
  return HAS_UNSPACED.test(folded) ? folded.replace(UNSPACED, splitRun) : folded;
}
