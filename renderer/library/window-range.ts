/** Windowing arithmetic for a list of fixed-height rows: which rows to draw and how to scroll one into view. */

interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Rows intersecting the viewport plus `overscan` rows either side, clamped to the list. */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan: number): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(total, Math.max(last, first + 1) + overscan) };
}

/** The scrollTop that brings row `index` fully into view with the least movement, or null if it already is. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, padding = 0): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top - padding < scrollTop) return Math.max(0, top - padding);
  if (bottom + padding > scrollTop + viewportHeight) return bottom + padding - viewportHeight;
  return null;
}
