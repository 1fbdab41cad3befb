/**
 * The highlight colours (shared/vocabularies) in the interface: their names, the colour picked last, and the
 * contrast rule the palette (shared/highlight-palette) must keep against each theme's text.
 */
import { HIGHLIGHT_COLORS, isOneOf, type HighlightColor, type PaintedTheme } from '../../electron/shared/vocabularies.ts';

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** Body text colour of each theme (tokens.css), against which every highlight must stay AAA (7:1). */
export const THEME_TEXT: Record<PaintedTheme, string> = { light: '#1d1d1f', sepia: '#5b4636', dark: '#d7d7d2' };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LAST_COLOR_KEY = 'lectern.lastHighlightColor';

/** The colour `h` uses: the one picked last, remembered on this machine (a preference, not library data). */
export function lastUsedColor(): HighlightColor {
  try {
    const stored = globalThis.localStorage?.getItem(LAST_COLOR_KEY);
    return isOneOf(HIGHLIGHT_COLORS, stored) ? stored : 'yellow';
  } catch {
    return 'yellow';
  }
}

export function rememberColor(color: HighlightColor): void {
  try {
    globalThis.localStorage?.setItem(LAST_COLOR_KEY, color);
  } catch {
    // Storage can be unavailable (private profiles); the default colour is a fine fallback.
  }
}
