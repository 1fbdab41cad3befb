/**
 * Appearance: System, Light, Sepia, Dark as swatches in a popover. The native popover attribute gives
 * light dismiss and Esc for free; CSS anchor positioning places it under its button.
 */
import type { ThemeName } from '../../electron/shared/models.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { resolvedTheme } from '../app/theme.ts';
import { MoonIcon, SunIcon } from './icons.tsx';
import './theme-menu.css';

export const themeChoices: { value: ThemeName; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];

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
      <div id="theme-popover" class="popover theme-popover" popover="auto">
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
