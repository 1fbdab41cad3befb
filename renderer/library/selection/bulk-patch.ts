/** The patches bulk actions send, the patch that undoes each, and how the toast says what happened. */

export type BulkPatch = { archived?: boolean; favorite?: boolean; finished?: boolean };

/** The patch that puts back what `patch` changed (flags only ever flip, so the inverse is the negation). */
export function inversePatch(patch: BulkPatch): BulkPatch {
  const inverse: BulkPatch = {};
  for (const key of ['archived', 'favorite', 'finished'] as const) {
    if (patch[key] !== undefined) inverse[key] = !patch[key];
  }
  return inverse;
}

/** The past-tense phrase for a patch: "Archived", "Marked … as finished". */
export function describePatch(patch: BulkPatch, what: string): string {
  if (patch.archived !== undefined) return patch.archived ? `Archived ${what}` : `Moved ${what} back to the library`;
  if (patch.favorite !== undefined) return patch.favorite ? `Added ${what} to favorites` : `Removed ${what} from favorites`;
  if (patch.finished !== undefined) return patch.finished ? `Marked ${what} as finished` : `Marked ${what} as not finished`;
  return `Changed ${what}`;
}
