/** Pieces every sidebar item shares: the count at its end, and giving the keyboard back to an item after an edit. */

const numberFormat = new Intl.NumberFormat();

export function SideCount({ count }: { count: number }) {
  return (
    <span class="side-count">
      {numberFormat.format(count)}
      <span class="visually-hidden"> {count === 1 ? 'article' : 'articles'}</span>
    </span>
  );
}

/** Focuses the item's main button once it is drawn again (after a rename or a move re-rendered it). */
export function focusSideItem(key: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-side-key="${CSS.escape(key)}"]`)?.focus());
}

/** After an item is deleted, the keyboard goes to its neighbour (the next, else the one before), not to the page. */
export function focusNeighbour(keys: readonly string[], gone: string): void {
  const at = keys.indexOf(gone);
  const next = keys[at + 1] ?? keys[at - 1];
  if (next !== undefined) focusSideItem(next);
}
