/** The selection as an immutable set of article ids: by id, so it survives scrolling, paging and refreshes. */

/** The set with id added, or taken out when it was there. */
export function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The set with every id added; the same set when nothing is new, so nobody re-renders for nothing. */
export function withAll(set: ReadonlySet<string>, ids: Iterable<string>): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) next.add(id);
  return next.size === set.size ? set : next;
}

/** The rows between two indices, both included, in either order. */
export function rangeBetween(a: number, b: number): { start: number; end: number } {
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** "3 articles" with the count formatted for people. */
export function articleCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`;
}
