/** The quiet line under the search box: what the parser made of the query, and the index while it is built. */
import type { SearchStatus } from '../../electron/shared/models.ts';

const numbers = new Intl.NumberFormat();

/** Lines to show, most useful first; none when the search is plain and the index ready. */
export function searchNotes(hints: readonly string[], status: SearchStatus | null): string[] {
  const notes = [...hints];
  if (status?.state === 'building') {
    const progress = status.total > 0 ? ` ${numbers.format(status.done)} of ${numbers.format(status.total)}` : '';
    notes.push(`Building the search index…${progress}`);
  } else if (status?.state === 'unavailable') {
    notes.push(status.message ?? 'The search index is unavailable right now.');
  }
  return notes;
}
