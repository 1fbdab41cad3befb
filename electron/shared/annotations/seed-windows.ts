// Narrowing the text-wide fuzzy search. Myers' algorithm must read the whole article for every
// highlight that was not found near its old place, which is what makes "everything orphaned"
// (an article re-captured with different text) the slow case. Real edits are clustered: a moved
// and lightly edited highlight still contains some stretch of its words verbatim. So look for
// verbatim pieces of the quote first and fuzzy-search only around where they occur.

/** Length of the verbatim pieces looked for (stripped characters: a word or so). */
const PIECE = 8;
/** A piece found more often than this marks no particular place and is not used. */
const MAX_PIECE_HITS = 16;
/** At most this many pieces are looked for. */
const MAX_PIECES = 6;

/**
 * Windows of `text` that could hold a match of `quote` with at most `maxErrors` edits sharing at
 * least one verbatim piece with it; null when the quote is too short for pieces to mean anything
 * (search everything then: short quotes are cheap to search anyway).
 */
export function seedWindows(text: string, quote: string, maxErrors: number): [number, number][] | null {
  if (quote.length < 2 * PIECE) return null;
  const windows: [number, number][] = [];
  // Pieces spread evenly from the quote's first to its last character; a handful suffices because
  // edits cluster, and each piece costs a scan of the text.
  const count = Math.min(MAX_PIECES, Math.floor(quote.length / PIECE));
  const step = (quote.length - PIECE) / (count - 1);
  for (let p = 0; p < count; p++) {
    const at = Math.round(p * step);
    const piece = quote.slice(at, at + PIECE);
    const hits: number[] = [];
    for (let i = text.indexOf(piece); i !== -1 && hits.length <= MAX_PIECE_HITS; i = text.indexOf(piece, i + 1)) hits.push(i);
    if (hits.length > MAX_PIECE_HITS) continue;
    for (const h of hits) {
      const start = h - at;
      windows.push([Math.max(0, start - maxErrors), Math.min(text.length, start + quote.length + maxErrors)]);
    }
  }
  return mergeWindows(windows);
}

function mergeWindows(windows: [number, number][]): [number, number][] {
  windows.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out;
}
