/**
 * What the highlight colours look like in each reading theme: the reader paints them from this table and
 * the Web Annotation export gives the light ones as each annotation's stylesheet, so the two cannot drift.
 */
import type { HighlightColor, PaintedTheme } from './vocabularies.ts';

/**
 * Backgrounds: pale in light and sepia, deep and muted in dark so light text keeps its contrast.
 * Light matches the --hl-* tokens (plus purple); sepia is paler than its tokens, whose text would fall below 7:1.
 */
export const HIGHLIGHT_PALETTE: Record<PaintedTheme, Record<HighlightColor, string>> = {
  light: { yellow: '#fbeaa0', green: '#d3efcf', blue: '#d4e6fb', pink: '#f8d6e4', purple: '#e6dcf7' },
  sepia: { yellow: '#f8e7a6', green: '#e4ecca', blue: '#e0e9ee', pink: '#f7e2dc', purple: '#ede4f0' },
  dark: { yellow: '#463c1c', green: '#263a24', blue: '#213549', pink: '#452632', purple: '#352a4a' },
};
