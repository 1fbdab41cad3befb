/**
 * How long an article is: its words, and the minutes they take to read. Every way an article arrives
 * (a web page, a file, a paste) counts with this one rule, so the same text always gets the same time.
 */

// Chinese and Japanese have no spaces between words. Readers take them in at about 255 characters a
// minute (Chinese; Japanese somewhat faster), close to the 230 words a minute of spaced scripts, so
// each character counts as a word: the minutes come out right without a dictionary. Thai, Lao, Khmer
// and Myanmar have no spaces either; their words average about five letters. Korean spaces its words.
const TOKEN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|([\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Average silent reading speed used for "N min read". */
export const WORDS_PER_MINUTE = 230;

/** Words in a text: each Chinese or Japanese character counts as one, unspaced Southeast Asian scripts five letters to a word. */
export function countWords(text: string): number {
  let words = 0;
  let unspaced = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match[2]) unspaced += match[2].length;
    else words++;
  }
  return words + Math.round(unspaced / 5);
}

/** Whole minutes to read so many words; never 0, a short note still takes a moment. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
