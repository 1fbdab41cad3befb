// Last resort before calling a highlight orphaned: find its remembered prefix and suffix, close
// together, and take what lies between them as the edited highlight. This catches edits too large
// for the fuzzy quote budget ("agreed to fund" -> "agreed to part-fund") while the words around the
// highlight stayed put, and it still refuses when what lies between no longer resembles the quote.
import search from 'approx-string-match';
import { editDistance } from './context-similarity.ts';
import type { QuoteQuery, ScoredCandidate } from './quote-match.ts';

/** Context shorter than this (stripped) is too common to pin anything down. */
const MIN_CONTEXT = 8;
/** Only this much of each side is searched for: the characters touching the highlight. */
const USED_CONTEXT = 32;
const CONTEXT_ERROR_RATIO = 0.15;
/** How much of the old quote must survive in the gap (1 - distance / longer length). */
const MIN_GAP_SIMILARITY = 0.5;

/** The span between the quote's prefix and suffix near the hint, if it still resembles the quote. */
export function bracketCandidate(text: string, q: QuoteQuery, from: number, to: number): ScoredCandidate | null {
  const prefix = q.prefix.slice(-USED_CONTEXT);
  const suffix = q.suffix.slice(0, USED_CONTEXT);
  const hasPrefix = prefix.length >= MIN_CONTEXT;
  const hasSuffix = suffix.length >= MIN_CONTEXT;
  // One missing side is fine only when the highlight touched that end of the text.
  if (!(hasPrefix || q.prefix.length === 0) || !(hasSuffix || q.suffix.length === 0)) return null;
  if (!hasPrefix && !hasSuffix) return null;

  const maxGap = 2 * q.quote.length + 16;
  const starts = hasPrefix
    ? search(text.slice(from, to), prefix, Math.floor(prefix.length * CONTEXT_ERROR_RATIO)).map((m) => ({ at: m.end + from, errors: m.errors }))
    : [{ at: 0, errors: 0 }];
  let best: ScoredCandidate | null = null;
  for (const s of starts) {
    const limit = Math.min(text.length, s.at + maxGap + suffix.length);
    let end = text.length;
    let suffixErrors = 0;
    if (hasSuffix) {
      const ends = search(text.slice(s.at, limit), suffix, Math.floor(suffix.length * CONTEXT_ERROR_RATIO));
      if (ends.length === 0) continue;
      // The nearest suffix after the prefix bounds the highlight; a later one would swallow text.
      const first = ends.reduce((a, b) => (b.start < a.start ? b : a));
      end = s.at + first.start;
      suffixErrors = first.errors;
    } else if (text.length - s.at > maxGap) {
      continue;
    }
    if (end <= s.at) continue;
    const gap = text.slice(s.at, end);
    const errors = editDistance(q.quote, gap);
    const similarity = 1 - errors / Math.max(q.quote.length, gap.length);
    if (similarity < MIN_GAP_SIMILARITY) continue;
    const p = hasPrefix ? 1 - s.errors / prefix.length : null;
    const x = hasSuffix ? 1 - suffixErrors / suffix.length : null;
    const score = similarity + (p ?? 1) + (x ?? 1);
    if (best === null || score > best.score) {
      best = { start: s.at, end, errors, score, quoteSimilarity: similarity, context: ((p ?? 1) + (x ?? 1)) / 2, prefixSimilarity: p, suffixSimilarity: x };
    }
  }
  return best;
}
