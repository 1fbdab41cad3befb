/**
 * Appearance: System, Light, Sepia, Dark as swatches in a popover. The native popover attribute gives
 * light dismiss and Esc for free; CSS anchor positioning places it under its button.
 */
import { THEMES, type ThemeName } from '../../electron/shared/vocabularies.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { resolvedTheme } from '../app/theme.ts';
import { MoonIcon, SunIcon } from './icons.tsx';
import './theme-menu.css';

const THEME_LABELS: Record<ThemeName, string> = { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' };

/** The themes with their names, in the one order every menu and the palette offer them. */
export const themeChoices = THEMES.map((value) => ({ value, label: THEME_LABELS[value] }));

export function setTheme(theme: ThemeName): void {
  void updateSettings({ theme });
}

export function ThemeMenu() {
  const current = settings.value.theme;
  return (
    <>
      <button type="button" class="icon-btn theme-button" popovertarget="theme-popover" aria-label="Appearance" title="Appearance">
        {resolvedTheme.value === 'dark' ? <MoonIcon /> : <SunIcon />}
      </button>
      <div id="theme-popover" class="popover popover-below theme-popover" popover="auto">
        <p class="popover-title" id="theme-menu-title">
          Theme
        </p>
        <div class="theme-choices" role="radiogroup" aria-labelledby="theme-menu-title">
          {themeChoices.map((choice) => (
            <label key={choice.value} class="theme-choice">
              <input
                type="radio"
                name="theme"
                value={choice.value}
                checked={current === choice.value}
                onChange={() => setTheme(choice.value)}
              />
              <span class={`theme-menu-swatch theme-menu-swatch-${choice.value}`} aria-hidden="true">
                Aa
              </span>
              <span class="theme-choice-label">{choice.label}</span>
            </label>
          ))}
        </div>
      </div>
    </>
  );
}
