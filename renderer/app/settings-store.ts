/**
 * Settings as signals: the one place the reader and the library read theme, font, size and width from.
 * Updates apply locally at once (so a theme change is instant) and persist through core.
 */
import { signal } from '@preact/signals';
import type { Settings } from '../../electron/shared/models.ts';
import type { MethodInput } from '../../electron/shared/contract.ts';
import { call } from '../api/client.ts';
import { defaultSettings } from '../../electron/shared/default-settings.ts';

export const settings = signal<Settings>(defaultSettings);

/** Loads persisted settings from core; keeps the defaults if core cannot answer. */
export async function loadSettings(): Promise<void> {
  const result = await call('settings.get', {});
  if (result.ok) settings.value = result.value;
}

let latestUpdate = 0;

/** Applies a change immediately and persists it; returns the core's error message, if any. */
export async function updateSettings(patch: MethodInput<'settings.update'>): Promise<string | null> {
  const update = ++latestUpdate;
  settings.value = { ...settings.value, ...patch } as Settings;
  const result = await call('settings.update', patch);
  if (!result.ok) return result.message;
  // Core's answer to an older change must not undo a newer one already on screen (fast +/+ in the reader).
  if (update === latestUpdate) settings.value = result.value;
  return null;
}
