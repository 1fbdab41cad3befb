/**
 * Where a floating toolbar or popover goes so it never covers the words it is about: above the first line of
 * the passage when there is room, otherwise below its last line. Pure geometry, unit-tested.
 */

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
}

const GAP = 8;
const MARGIN = 8;

/**
 * first/last: the passage's first and last line boxes; size: the popup; bounds: where it may go (the reader
 * area below its bar). All in the same coordinates (the app window's viewport).
 */
export function placeFloating(first: Box, last: Box, size: { width: number; height: number }, bounds: Box): Placement {
  const aboveTop = first.top - GAP - size.height;
  const belowTop = last.bottom + GAP;
  const fitsAbove = aboveTop >= bounds.top;
  const fitsBelow = belowTop + size.height <= bounds.bottom;
  // Above unless only below fits; when neither fits, take the side with more room.
  const side = fitsAbove || (!fitsBelow && first.top - bounds.top > bounds.bottom - last.bottom) ? 'above' : 'below';
  const line = side === 'above' ? first : last;
  const centre = (line.left + line.right) / 2;
  const maxLeft = bounds.right - MARGIN - size.width;
  const left = Math.max(bounds.left + MARGIN, Math.min(maxLeft, centre - size.width / 2));
  const top = side === 'above' ? Math.max(bounds.top, aboveTop) : Math.min(belowTop, Math.max(bounds.top, bounds.bottom - size.height));
  return { top: Math.round(top), left: Math.round(left), side };
}

/** A box moved from the iframe's viewport into the parent's (the iframe's own position added). */
export function fromFrame(box: Box, frame: { top: number; left: number }): Box {
  return { top: box.top + frame.top, bottom: box.bottom + frame.top, left: box.left + frame.left, right: box.right + frame.left };
}
