// Re-finding highlights in an article's text (docs/architecture.md rule 8). Order of attempts, cheapest
// and most certain first: the remembered position, the verbatim quote, then a fuzzy quote search
// near the expected place and finally anywhere. Anything that fails the acceptance bar in
// quote-match.ts is reported as orphaned (null) rather than painted on the wrong words.
import { alignEnd, alignStart, findPositionSelector, findQuoteSelector, type TextQuoteSelector, type TextSelector } from './selectors.ts';
import { isIgnored, prepareMatchingText, stripIgnored, toOriginalRange, toStrippedOffset, type MatchingText } from './matching-text.ts';
import { bestCandidate, exactCandidates, fuzzyCandidates, MAX_ERROR_RATIO, type Candidate, type QuoteQuery, type ScoredCandidate } from './quote-match.ts';
import { prefixSimilarity, suffixSimilarity } from './context-similarity.ts';
import { bracketCandidate } from './context-bracket.ts';
import { createPieceIndex, seedWindows, type PieceIndex } from './seed-windows.ts';

type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a highlight landed in the current text (UTF-16 offsets, end exclusive) and how it was found. */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Longest stretch of remembered context used for scoring; longer context adds cost, not certainty. */
const MAX_CONTEXT = 64;
/** Agreement one side of the context needs for the remembered position to be trusted as is. */
const POSITION_MIN_CONTEXT = 0.75;
/** Past this many verbatim hits a quote is too common for fuzzy search to find anything better. */
const MAX_HITS_FOR_FUZZY = 64;
/** Quotes shorter than this (stripped) must keep their word edges; see sameWordEdges. */
const SHORT_QUOTE = 12;

/** Anchor one highlight's selectors in `text`; null when the highlighted words are gone. */
export function anchor(text: string | MatchingText, selectors: readonly TextSelector[]): AnchorResult | null {
  const m = typeof text === 'string' ? prepareMatchingText(text) : text;
  return anchorWithDrift(m, selectors, 0);
}

/**
 * Anchor many highlights in one text: the text is prepared once, and each highlight's expected
 * position is corrected by how far its predecessor in the document moved, so an insertion near
 * the top does not send every later repeated quote to the wrong occurrence. Results keep input order.
 */
export function anchorAll(text: string, annotations: readonly (readonly TextSelector[])[]): (AnchorResult | null)[] {
  const m = prepareMatchingText(text);
  const order = annotations.map((selectors, index) => ({ index, start: findPositionSelector(selectors)?.start ?? -1 }));
  order.sort((a, b) => a.start - b.start);
  const results: (AnchorResult | null)[] = Array.from({ length: annotations.length }, () => null);
  let drift = 0;
  for (const { index, start } of order) {
    const result = anchorWithDrift(m, annotations[index] as readonly TextSelector[], drift);
    results[index] = result;
    if (result !== null && start >= 0) drift = result.start - start;
  }
  return results;
}

/** anchor(), with the remembered position shifted by `drift` characters when used as a hint. */
function anchorWithDrift(m: MatchingText, selectors: readonly TextSelector[], drift: number): AnchorResult | null {
  const text = m.original;
  const quote = findQuoteSelector(selectors);
  const position = findPositionSelector(selectors);
  const validPosition = position !== undefined && position.start >= 0 && position.end >= position.start && position.end <= text.length;

  if (quote === undefined) {
    // Nothing to verify against: the position is all we know.
    return validPosition ? { start: position.start, end: position.end, method: 'position' } : null;
  }
  const query: QuoteQuery = {
    quote: stripIgnored(quote.exact),
    prefix: stripIgnored(quote.prefix).slice(-MAX_CONTEXT),
    suffix: stripIgnored(quote.suffix).slice(0, MAX_CONTEXT),
    hint: position === undefined ? null : toStrippedOffset(m, clampToText(position.start + drift, text.length)),
  };
  // Compared without whitespace: a stored quote has its whitespace tidied (core/annotations/quote-whitespace.ts).
  if (validPosition && stripIgnored(text.slice(position.start, position.end)) === query.quote && positionContextAgrees(m, query, position.start, position.end)) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  // A quote of nothing but whitespace cannot be told apart from any other whitespace.
  if (query.quote.length === 0) return null;

  const allowed = short(query) ? sameWordEdges(m, quote) : undefined;
  const hits = exactCandidates(m.stripped, query.quote);
  const exact = bestCandidate(m.stripped, query, hits, allowed);
  if (exact !== null && isWellConfirmed(exact)) return toResult(m, exact);
  // A short quote found all over the text is settled by context alone; fuzzy search adds nothing.
  if (hits.length > MAX_HITS_FOR_FUZZY) return exact === null ? null : toResult(m, exact);

  // The verbatim hits (if any) are only weakly confirmed: see whether an edited copy fits better,
  // first near the expected place (cheap, and usually where it is), then anywhere.
  let best = exact;
  const local = localWindow(query, m.stripped.length);
  if (local !== null) {
    best = better(best, bestCandidate(m.stripped, query, fuzzyCandidates(m.stripped, query.quote, hits, local.from, local.to), allowed));
    if (best !== null && isWellConfirmed(best)) return toResult(m, best);
  }
  // Everywhere else, but only around verbatim pieces of the quote (see seed-windows.ts).
  const maxErrors = Math.floor(query.quote.length * MAX_ERROR_RATIO);
  const elsewhere = seedWindows(pieceIndexFor(m), query.quote, maxErrors) ?? [[0, m.stripped.length]];
  for (const [from, to] of elsewhere) {
    // The local window was searched already.
    if (local !== null && from >= local.from && to <= local.to) continue;
    best = better(best, bestCandidate(m.stripped, query, fuzzyCandidates(m.stripped, query.quote, hits, from, to), allowed));
  }
  if (best !== null) return toResult(m, best);
  const window = local ?? { from: 0, to: m.stripped.length };
  const bracketed = bracketCandidate(m.stripped, query, window.from, window.to);
  return bracketed === null ? null : toResult(m, bracketed);
}

// Built on first need: texts whose highlights all anchor without a text-wide search never pay for it.
const pieceIndexes = new WeakMap<MatchingText, PieceIndex>();

function pieceIndexFor(m: MatchingText): PieceIndex {
  let index = pieceIndexes.get(m);
  if (index === undefined) {
    index = createPieceIndex(m.stripped);
    pieceIndexes.set(m, index);
  }
  return index;
}

function short(q: QuoteQuery): boolean {
  return q.quote.length < SHORT_QUOTE;
}

/**
 * Whitespace is ignored for matching, so a short quote could be re-found inside a longer word
 * ("is" in "this" once the word "is" is deleted). For short quotes, require the candidate to sit
 * against whitespace (or not) on each side exactly as the original quote did.
 */
function sameWordEdges(m: MatchingText, quote: TextQuoteSelector): (c: Candidate) => boolean {
  const spaceBefore = quote.prefix.length === 0 || isIgnored(quote.prefix.slice(-1)) || isIgnored(quote.exact.charAt(0));
  const spaceAfter = quote.suffix.length === 0 || isIgnored(quote.suffix.charAt(0)) || isIgnored(quote.exact.slice(-1));
  return (c) => {
    const r = toOriginalRange(m, c.start, c.end);
    const before = r.start === 0 || isIgnored(m.original.charAt(r.start - 1));
    const after = r.end === m.original.length || isIgnored(m.original.charAt(r.end));
    return before === spaceBefore && after === spaceAfter;
  };
}

function isWellConfirmed(c: ScoredCandidate): boolean {
  return c.context === null || c.context >= POSITION_MIN_CONTEXT;
}

function positionContextAgrees(m: MatchingText, q: QuoteQuery, start: number, end: number): boolean {
  const from = toStrippedOffset(m, start);
  const to = toStrippedOffset(m, end);
  const p = prefixSimilarity(q.prefix, m.stripped, from);
  const s = suffixSimilarity(q.suffix, m.stripped, to);
  if (p === null && s === null) return true;
  if (q.quote.length >= 24) return true;
  return (p !== null && p >= POSITION_MIN_CONTEXT) || (s !== null && s >= POSITION_MIN_CONTEXT);
}

/** The part of the text worth a fuzzy search first: generously around the expected position. */
function localWindow(q: QuoteQuery, length: number): { from: number; to: number } | null {
  if (q.hint === null) return null;
  const margin = Math.max(1000, 4 * q.quote.length);
  const from = Math.max(0, q.hint - margin);
  const to = Math.min(length, q.hint + q.quote.length + margin);
  // When the window is most of the text, searching it first only repeats work.
  return to - from >= length * 0.8 ? null : { from, to };
}

function better(a: ScoredCandidate | null, b: ScoredCandidate | null): ScoredCandidate | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.score > a.score ? b : a;
}

function toResult(m: MatchingText, c: ScoredCandidate): AnchorResult {
  const r = toOriginalRange(m, c.start, c.end);
  return { start: alignStart(m.original, r.start), end: alignEnd(m.original, r.end), method: c.errors === 0 ? 'quote' : 'fuzzy' };
}

function clampToText(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}
