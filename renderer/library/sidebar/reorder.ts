/** Moving one saved search in the user's order, by keyboard (one step) or by dragging (onto another). */

/** The ids with `id` moved by delta places, clamped to the ends; the same list when it cannot move. */
export function moveBy(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  return moveTo(ids, id, Math.min(ids.length - 1, Math.max(0, from + delta)));
}

/** The ids with `id` taken out and put back at index `to` (of the list without it). */
export function moveTo(ids: readonly string[], id: string, to: number): string[] {
  const rest = ids.filter((other) => other !== id);
  if (rest.length === ids.length) return [...ids];
  rest.splice(Math.min(rest.length, Math.max(0, to)), 0, id);
  return rest;
}
