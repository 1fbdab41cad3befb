/**
 * Ranks commands for the palette: every typed character must appear in order (so "arc" finds "Archive"
 * and "tdk" finds "Theme: dark"), and matches at word starts or as one run score higher. Case, accents and
 * width are folded as everywhere else a person types to find something.
 */
import { foldForSearch } from '../../electron/shared/search-text.ts';

/** Score of query against text, or null when it does not match; higher is better. */
export function matchScore(query: string, text: string): number | null {
  const q = foldForSearch(query.trim());
  if (q === '') return 0;
  const t = foldForSearch(text);
  const direct = t.indexOf(q);
  if (direct >= 0) return 1000 - direct + (direct === 0 || /\W/.test(t[direct - 1]!) ? 200 : 0);

  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of q) {
    if (ch === ' ') continue;
    const at = t.indexOf(ch, from);
    if (at < 0) return null;
    if (at === 0 || /\W/.test(t[at - 1]!)) score += 12;
    if (at === previous + 1) score += 8;
    score -= at - from; // gaps cost a little
    previous = at;
    from = at + 1;
  }
  return score;
}

/** Items that match, best first; ties keep their original order. */
export function rankByMatch<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: matchScore(query, text(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
