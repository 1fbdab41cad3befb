// Quotes are matched on a whitespace-free copy of the text. Whitespace is the part of an article
// that changes most without anyone meaning to change the words: re-extraction turns "\n\n" between
// blocks into "\n" or nothing, a non-breaking space becomes a space, an editor re-wraps lines.
// Dropping it entirely (rather than collapsing runs) also survives whitespace appearing where there
// was none, such as between two block elements. Each kept character remembers its original offset
// so matches map back onto the real text.

/** Characters ignored for matching: all Unicode whitespace plus invisible break hints. */
const IGNORED = /[\s\u00ad\u200b\u2060]/u;
const IGNORED_ALL = /[\s\u00ad\u200b\u2060]+/gu;

/** The article text prepared for matching: stripped copy plus offsets back into the original. */
export interface MatchingText {
  readonly original: string;
  /** `original` without ignored characters. */
  readonly stripped: string;
  /** toOriginal[i] is the offset in `original` of stripped[i]; toOriginal[stripped.length] = original.length. */
  readonly toOriginal: Uint32Array;
}

/** Build the stripped copy of an article's text once, for any number of anchor look-ups. */
export function prepareMatchingText(original: string): MatchingText {
  const toOriginal = new Uint32Array(original.length + 1);
  const kept: string[] = [];
  let n = 0;
  // Copy runs of kept characters in slices: far fewer string pieces than one per character.
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    // Printable ASCII is by far the common case; skip the regex for it.
    const ignored = c > 0x20 && c < 0x7f ? false : IGNORED.test(original[i] as string);
    if (ignored) {
      if (i > runStart) kept.push(original.slice(runStart, i));
      runStart = i + 1;
    } else {
      toOriginal[n++] = i;
    }
  }
  if (runStart < original.length) kept.push(original.slice(runStart));
  toOriginal[n] = original.length;
  return { original, stripped: kept.join(''), toOriginal: toOriginal.subarray(0, n + 1) };
}

/** Whether a single character is ignored for matching (whitespace or an invisible break hint). */
export function isIgnored(ch: string): boolean {
  return ch.length > 0 && IGNORED.test(ch);
}

/** Remove ignored characters from a quote or context string, the same way as the text. */
export function stripIgnored(s: string): string {
  return s.replace(IGNORED_ALL, '');
}

/** Map a stripped range [start, end) onto the original text, hugging the first and last kept characters. */
export function toOriginalRange(m: MatchingText, start: number, end: number): { start: number; end: number } {
  const s = m.toOriginal[start] as number;
  if (end <= start) return { start: s, end: s };
  return { start: s, end: (m.toOriginal[end - 1] as number) + 1 };
}

/** The stripped offset of the first kept character at or after original offset `pos`. */
export function toStrippedOffset(m: MatchingText, pos: number): number {
  let lo = 0;
  let hi = m.stripped.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((m.toOriginal[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
