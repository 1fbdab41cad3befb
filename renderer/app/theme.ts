/**
 * Puts the theme on <html data-theme>. 'system' resolves to light or dark from prefers-color-scheme and
 * follows it live, so switching the OS to dark at dusk changes Lectern without a restart. The last choice is
 * also kept in localStorage, so a sepia reader never sees a white flash while settings load at start.
 */
import { computed, effect, signal } from '@preact/signals';
import { THEMES, isOneOf, paintedTheme, type ThemeName } from '../../electron/shared/vocabularies.ts';
import { boot } from './boot-store.ts';
import { settings } from './settings-store.ts';

const STORAGE_KEY = 'lectern.theme';

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const systemDark = signal(darkQuery?.matches ?? false);
darkQuery?.addEventListener('change', (event) => (systemDark.value = event.matches));

/** The theme in effect now, for icons that show it (the theme menu's sun or moon). */
export const resolvedTheme = computed(() => paintedTheme(settings.value.theme, systemDark.value));

function rememberedTheme(): ThemeName | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isOneOf(THEMES, value) ? value : null;
  } catch {
    return null; // storage can be unavailable; the theme then simply comes with the settings
  }
}

/** Starts keeping data-theme in step with settings and the system; returns the stop function. */
export function applyThemeContinuously(): () => void {
  const remembered = rememberedTheme();
  return effect(() => {
    const loaded = boot.value.phase !== 'loading';
    const theme = loaded || !remembered ? settings.value.theme : remembered;
    document.documentElement.dataset.theme = paintedTheme(theme, systemDark.value);
    document.documentElement.dataset.themeSetting = theme;
    if (loaded) {
      try {
        localStorage.setItem(STORAGE_KEY, theme);
      } catch {
        // not remembered across starts; harmless
      }
    }
  });
}
