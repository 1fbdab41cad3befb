// Narrowing the text-wide fuzzy search. Myers' algorithm must read the whole article for every
// highlight that was not found near its old place, which is what makes "everything orphaned"
// (an article re-captured with different text) the slow case. Real edits are clustered: a moved
// and lightly edited highlight still contains some stretch of its words verbatim. So look up
// verbatim pieces of the quote first and fuzzy-search only around where they occur.

/** Length of the verbatim pieces looked for (stripped characters: a word or so). */
const PIECE = 8;
/** A piece found more often than this marks no particular place and is not used. */
const MAX_PIECE_HITS = 16;
/** At most this many pieces are looked up per quote. */
const MAX_PIECES = 6;

/** Every position of the text grouped by a hash of the PIECE characters starting there. */
export interface PieceIndex {
  readonly text: string;
  readonly mask: number;
  /** Positions sorted by bucket; bucket b holds positions[bucketStart[b] .. bucketStart[b + 1]). */
  readonly bucketStart: Uint32Array;
  readonly positions: Uint32Array;
}

/** Index all PIECE-long substrings of `text` (a counting sort on typed arrays: a few ms for 60k characters). */
export function createPieceIndex(text: string): PieceIndex {
  const count = Math.max(0, text.length - PIECE + 1);
  let size = 1;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const buckets = new Uint32Array(count);
  const bucketStart = new Uint32Array(size + 1);
  for (let i = 0; i < count; i++) {
    const b = hashAt(text, i) & mask;
    buckets[i] = b;
    bucketStart[b + 1] = (bucketStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < size; b++) bucketStart[b + 1] = (bucketStart[b + 1] as number) + (bucketStart[b] as number);
  const fill = bucketStart.slice(0, size);
  const positions = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const b = buckets[i] as number;
    const slot = fill[b] as number;
    positions[slot] = i;
    fill[b] = slot + 1;
  }
  return { text, mask, bucketStart, positions };
}

/**
 * Windows of the text that could hold a match of `quote` with at most `maxErrors` edits sharing at
 * least one verbatim piece with it; null when the quote is too short for pieces to mean anything
 * (search everything then: short quotes are cheap to search anyway).
 */
export function seedWindows(index: PieceIndex, quote: string, maxErrors: number): [number, number][] | null {
  if (quote.length < 2 * PIECE) return null;
  const windows: [number, number][] = [];
  // Pieces spread evenly from the quote's first to its last character; a handful suffices because
  // edits cluster.
  const count = Math.min(MAX_PIECES, Math.floor(quote.length / PIECE));
  const step = (quote.length - PIECE) / (count - 1);
  for (let p = 0; p < count; p++) {
    const at = Math.round(p * step);
    const hits = lookup(index, quote.slice(at, at + PIECE));
    if (hits.length > MAX_PIECE_HITS) continue;
    for (const h of hits) {
      const start = h - at;
      windows.push([Math.max(0, start - maxErrors), Math.min(index.text.length, start + quote.length + maxErrors)]);
    }
  }
  return mergeWindows(windows);
}

/** Positions of `piece` in the indexed text (stops counting past MAX_PIECE_HITS). */
function lookup(index: PieceIndex, piece: string): number[] {
  const b = hashAt(piece, 0) & index.mask;
  const out: number[] = [];
  for (let k = index.bucketStart[b] as number; k < (index.bucketStart[b + 1] as number) && out.length <= MAX_PIECE_HITS; k++) {
    const pos = index.positions[k] as number;
    if (index.text.startsWith(piece, pos)) out.push(pos);
  }
  return out.sort((x, y) => x - y);
}

function hashAt(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + PIECE; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h >>> 0;
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
