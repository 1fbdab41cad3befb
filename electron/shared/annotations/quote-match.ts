// Finding and judging candidate places for a quote in the stripped article text. Scoring follows
// the shape of Hypothesis's match-quote: quote similarity weighs most, then the context on either
// side, then closeness to where the highlight used to be. Unlike a "best match wins" search, every
// candidate must also clear an acceptance bar, because a highlight painted on the wrong words is
// worse than one reported as orphaned.
import search from 'approx-string-match';
import { commonPrefixRun, commonSuffixRun, prefixSimilarity, suffixSimilarity } from './context-similarity.ts';

/** A quote to find, all strings stripped of ignored characters, `hint` a stripped offset or null. */
export interface QuoteQuery {
  quote: string;
  prefix: string;
  suffix: string;
  hint: number | null;
}

/** A place in the stripped text and how many edits separate it from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  quoteSimilarity: number;
  /** Length-weighted agreement of prefix and suffix, null when the quote had no context at all. */
  context: number | null;
  /** Agreement of each side, null where the quote had no context on that side. */
  prefixSimilarity: number | null;
  suffixSimilarity: number | null;
}

const WEIGHT_QUOTE = 50;
const WEIGHT_CONTEXT_SIDE = 20;
const WEIGHT_POSITION = 2;

/** Share of a quote's characters that fuzzy matching may get wrong. */
export const MAX_ERROR_RATIO = 0.3;
/**
 * Below this many (stripped) characters a quote is not searched fuzzily: when a short highlight is
 * deleted its intact context makes any lookalike next to the gap ("the." -> "the t") look right.
 * context-bracket.ts still re-finds short highlights whose words were edited in place.
 */
const MIN_FUZZY_QUOTE = 8;
/** Stripped quotes at least this long are trusted on their own when found verbatim. */
const LONG_QUOTE = 24;
/** Context agreement needed to accept a short verbatim quote (unrelated text scores ~0.3-0.45). */
const EXACT_MIN_CONTEXT = 0.55;
const EXACT_MIN_CONTEXT_SHORT = 0.75;
/** Stripped quotes shorter than this count as short (a word or two). */
const SHORT_QUOTE = 12;
/** Context agreement needed to accept a fuzzy match, stricter for short quotes. */
const FUZZY_MIN_CONTEXT = 0.6;
const FUZZY_MIN_CONTEXT_SHORT = 0.75;
const FUZZY_MIN_SIDE = 0.5;
/** Scoring context is quadratic-ish; past this many verbatim hits only the most promising are scored. */
const MAX_SCORED = 24;

/** Every verbatim occurrence of the quote. */
export function exactCandidates(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  if (quote.length === 0) return out;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    out.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return out;
}

/**
 * Approximate matches of the quote within text[from, to). The matcher reports only the lowest-error
 * matches of whatever it searches, so one verbatim or near-verbatim lookalike would hide the edited
 * highlight everywhere else. Searching region by region, with verbatim hits cut out, yields the best
 * candidate of each neighbourhood instead, and scoring picks among them.
 */
export function fuzzyCandidates(text: string, quote: string, exactHits: readonly Candidate[], from = 0, to = text.length): Candidate[] {
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATIO);
  if (quote.length < MIN_FUZZY_QUOTE || maxErrors === 0) return [];
  const overlap = quote.length + maxErrors;
  const chunk = Math.max(4096, 8 * quote.length);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const [segFrom, segTo] of segmentsAvoiding(exactHits, quote.length, from, to)) {
    for (let s = segFrom; s < segTo; s += chunk) {
      const e = Math.min(segTo, s + chunk + overlap);
      if (e - s < quote.length - maxErrors) break;
      for (const m of search(text.slice(s, e), quote, maxErrors)) {
        const start = m.start + s;
        // Chunks overlap, so the same match can be reported twice.
        if (seen.has(start * 31 + m.end)) continue;
        seen.add(start * 31 + m.end);
        out.push({ start, end: m.end + s, errors: m.errors });
      }
      if (e === segTo) break;
    }
  }
  return out;
}

/** Pieces of [from, to) that each contain no verbatim hit in full. */
function segmentsAvoiding(hits: readonly Candidate[], quoteLength: number, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let segStart = from;
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue;
    // Keep all but the last character of the hit, so edits overlapping it can still be found.
    const segEnd = Math.min(to, h.start + quoteLength - 1);
    if (segEnd > segStart) out.push([segStart, segEnd]);
    segStart = Math.max(segStart, h.start + 1);
  }
  if (to > segStart) out.push([segStart, to]);
  return out;
}

/** Score one candidate against the query (0..1, higher is better). */
function scoreCandidate(text: string, q: QuoteQuery, c: Candidate): ScoredCandidate {
  const quoteSimilarity = q.quote.length === 0 ? 1 : 1 - c.errors / q.quote.length;
  const p = prefixSimilarity(q.prefix, text, c.start);
  const s = suffixSimilarity(q.suffix, text, c.end);
  let total = WEIGHT_QUOTE * quoteSimilarity;
  let weights = WEIGHT_QUOTE;
  // Context agreement is averaged by length: a 3-character prefix at the top of the text agrees
  // with lots of places by chance and must not outvote a 32-character suffix.
  let ctxSum = 0;
  let ctxLength = 0;
  if (p !== null) {
    total += WEIGHT_CONTEXT_SIDE * p;
    weights += WEIGHT_CONTEXT_SIDE;
    ctxSum += p * q.prefix.length;
    ctxLength += q.prefix.length;
  }
  if (s !== null) {
    total += WEIGHT_CONTEXT_SIDE * s;
    weights += WEIGHT_CONTEXT_SIDE;
    ctxSum += s * q.suffix.length;
    ctxLength += q.suffix.length;
  }
  if (q.hint !== null && text.length > 0) {
    total += WEIGHT_POSITION * (1 - Math.min(1, Math.abs(c.start - q.hint) / text.length));
    weights += WEIGHT_POSITION;
  }
  return { ...c, score: total / weights, quoteSimilarity, context: ctxLength === 0 ? null : ctxSum / ctxLength, prefixSimilarity: p, suffixSimilarity: s };
}

/** Whether a scored candidate is good enough to paint rather than call the highlight orphaned. */
function isAcceptable(c: ScoredCandidate, q: QuoteQuery): boolean {
  if (c.errors === 0) {
    // A word or two says little by itself, so short quotes lean on their context as fuzzy ones do.
    const minContext = q.quote.length < SHORT_QUOTE ? EXACT_MIN_CONTEXT_SHORT : EXACT_MIN_CONTEXT;
    return c.context === null || q.quote.length >= LONG_QUOTE || c.context >= minContext;
  }
  if (c.quoteSimilarity < 1 - MAX_ERROR_RATIO) return false;
  // Without any context a fuzzy match has nothing to confirm it; only near-verbatim long quotes pass.
  if (c.context === null) return q.quote.length >= LONG_QUOTE && c.quoteSimilarity >= 0.9;
  // Both sides must agree: a match cut short inside the highlight keeps its prefix but not its suffix.
  if ((c.prefixSimilarity ?? 1) < FUZZY_MIN_SIDE || (c.suffixSimilarity ?? 1) < FUZZY_MIN_SIDE) return false;
  return c.context >= (q.quote.length < SHORT_QUOTE ? FUZZY_MIN_CONTEXT_SHORT : FUZZY_MIN_CONTEXT);
}

/** Score candidates and return the best acceptable one (and passing `allowed`, if given), or null. */
export function bestCandidate(text: string, q: QuoteQuery, candidates: readonly Candidate[], allowed?: (c: Candidate) => boolean): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const c of shortlist(text, q, allowed === undefined ? candidates : candidates.filter(allowed))) {
    const scored = scoreCandidate(text, q, c);
    if (!isAcceptable(scored, q)) continue;
    if (best === null || scored.score > best.score) best = scored;
  }
  return best;
}

/**
 * A short quote ("the") can occur thousands of times; rank hits by cheap verbatim context runs and
 * distance to the hint, and give only the front-runners the full edit-distance scoring.
 */
function shortlist(text: string, q: QuoteQuery, candidates: readonly Candidate[]): readonly Candidate[] {
  if (candidates.length <= MAX_SCORED) return candidates;
  const ranked = candidates.map((c) => {
    const run = commonPrefixRun(q.prefix, text, c.start) + commonSuffixRun(q.suffix, text, c.end);
    const distance = q.hint === null ? 0 : Math.abs(c.start - q.hint) / Math.max(1, text.length);
    return { c, key: run - distance };
  });
  ranked.sort((a, b) => b.key - a.key);
  return ranked.slice(0, MAX_SCORED).map((r) => r.c);
}
