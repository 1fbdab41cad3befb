/**
 * The window's colour before the renderer paints, matching the reading theme, so opening
 * Lectern at night does not flash white.
 */
import type { ThemeName } from '../shared/models.ts';

const BACKGROUNDS = { light: '#fbfbf9', sepia: '#f4ecd8', dark: '#17181a' } as const;

/** Background colour for the saved theme; "system" follows the OS dark-mode setting. */
export function windowBackground(theme: ThemeName | undefined, systemDark: boolean): string {
  if (theme === 'light' || theme === 'sepia' || theme === 'dark') return BACKGROUNDS[theme];
  return systemDark ? BACKGROUNDS.dark : BACKGROUNDS.light;
}
