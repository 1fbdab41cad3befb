/**
 * Puts the theme on <html data-theme>. 'system' resolves to light or dark from prefers-color-scheme and
 * follows it live, so switching the OS to dark at dusk changes Lectern without a restart.
 */
import { effect, signal } from '@preact/signals';
import type { ThemeName } from '../../electron/shared/models.ts';
import { settings } from './settings-store.ts';

export type ResolvedTheme = Exclude<ThemeName, 'system'>;

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const systemDark = signal(darkQuery?.matches ?? false);
darkQuery?.addEventListener('change', (event) => (systemDark.value = event.matches));

export function resolveTheme(theme: ThemeName, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** Starts keeping data-theme in step with settings and the system; returns the stop function. */
export function applyThemeContinuously(): () => void {
  return effect(() => {
    const resolved = resolveTheme(settings.value.theme, systemDark.value);
    document.documentElement.dataset.theme = resolved;
    document.documentElement.dataset.themeSetting = settings.value.theme;
  });
}
