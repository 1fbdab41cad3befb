import type { AnchoredHighlight } from '../models.ts';

/** Placed highlights by where they start (longer first on a tie), then orphans by where they were. */
export function readingOrder(a: AnchoredHighlight, b: AnchoredHighlight): number {
  if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1;
  const aStart = a.start ?? a.selectors[1].start;
  const bStart = b.start ?? b.selectors[1].start;
  if (aStart !== bStart) return aStart - bStart;
  const aEnd = a.end ?? a.selectors[1].end;
  const bEnd = b.end ?? b.selectors[1].end;
  return bEnd - aEnd || a.createdAt.localeCompare(b.createdAt);
}

/** The list with one highlight added or replaced (by id), kept in reading order. */
export function upsert(list: readonly AnchoredHighlight[], highlight: AnchoredHighlight): AnchoredHighlight[] {
  return [...list.filter((h) => h.id !== highlight.id), highlight].sort(readingOrder);
}
