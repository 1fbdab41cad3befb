/**
 * The reader's typographic steps. Sizes and widths move in fixed steps so that
 * "+" twice and "-" twice return exactly where they started, and the contract's ranges are never left.
 */
import type { ThemeName } from '../../electron/shared/models.ts';

export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30, 32] as const;
/** Column measures in em; 38 is the default (about 65–75 characters a line). */
export const LINE_WIDTHS = [30, 34, 38, 42, 46, 50] as const;

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

/** The concrete theme to paint: "system" follows the operating system's light or dark. */
export function resolveTheme(theme: ThemeName, prefersDark: boolean): 'light' | 'sepia' | 'dark' {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}
