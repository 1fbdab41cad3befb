/**
 * The window's colour before the renderer paints, matching the reading theme, so opening
 * Lectern at night does not flash white.
 */
import { THEMES, isOneOf, paintedTheme, type PaintedTheme, type ThemeName } from '../shared/vocabularies.ts';

const BACKGROUNDS: Record<PaintedTheme, string> = { light: '#fbfbf9', sepia: '#f4ecd8', dark: '#17181a' };

/** Background colour for the saved theme; "system" (or a setting Lectern does not know) follows the OS. */
export function windowBackground(theme: ThemeName | undefined, systemDark: boolean): string {
  return BACKGROUNDS[paintedTheme(isOneOf(THEMES, theme) ? theme : 'system', systemDark)];
}
