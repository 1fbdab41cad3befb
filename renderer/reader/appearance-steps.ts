/**
 * The reader's typographic steps. Sizes and widths move in fixed steps so that
 * "+" twice and "-" twice return exactly where they started, and the contract's ranges are never left.
 */
import { FONT_SIZES, LINE_WIDTHS } from '../../electron/shared/vocabularies.ts';

function step(steps: readonly number[], current: number, direction: 1 | -1): number {
  if (direction > 0) return steps.find((s) => s > current) ?? steps.at(-1)!;
  return steps.findLast((s) => s < current) ?? steps[0]!;
}

/** The next font size up or down from current (which may sit between steps). */
export function stepFontSize(current: number, direction: 1 | -1): number {
  return step(FONT_SIZES, current, direction);
}

/** The next column width up or down. */
export function stepLineWidth(current: number, direction: 1 | -1): number {
  return step(LINE_WIDTHS, current, direction);
}
