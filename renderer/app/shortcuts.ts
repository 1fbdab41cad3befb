/**
 * The one shortcut registry. Every view registers its keys here, so `?` (help) and Ctrl/Cmd+K (palette)
 * list exactly what works, and nothing is documented that does not.
 *
 *   useEffect(() => registerShortcuts('reader', [{ keys: ['n'], description: 'Toggle notes', run: toggleNotes }]), []);
 *
 * Scopes: 'global' always fires; any other scope fires only while it is `activeScope` (the shell sets it to
 * 'library' or 'reader' for the view in front). Entries with `keys: []` are palette-only commands.
 */
import { signal } from '@preact/signals';
import { matchesChord, type KeyLike } from './shortcut-keys.ts';

export interface ShortcutSpec {
  /** Chords like "j", "Mod+K", "Shift+Delete"; several mean alternatives. Empty: a palette-only command. */
  keys: string[];
  description: string;
  run: () => void;
  /** Fire even while a text field has focus (Esc, Mod+K). Plain letters never should. */
  inInputs?: boolean;
  /** Keep out of the command palette (e.g. moving the selection). */
  paletteHidden?: boolean;
  /** Heading in the help dialog; defaults to the scope's title. */
  group?: string;
  /**
   * Listed in help and palette, but the key itself is left to the browser's own event (Mod+V must reach the
   * paste event to read the clipboard); the palette still calls run.
   */
  listedOnly?: boolean;
}

interface RegisteredShortcut extends ShortcutSpec {
  scope: string;
  id: number;
}

export const registeredShortcuts = signal<readonly RegisteredShortcut[]>([]);

/** The scope of the view in front. */
export const activeScope = signal<string>('library');

/** How many modal dialogs are open; while any is, the dialog owns the keyboard. */
export const modalDepth = signal(0);

let nextId = 1;

/** Adds shortcuts for a scope; returns the function that removes exactly these again (use as an effect cleanup). */
export function registerShortcuts(scope: string, specs: ShortcutSpec[]): () => void {
  const added = specs.map((spec) => ({ ...spec, scope, id: nextId++ }));
  registeredShortcuts.value = [...registeredShortcuts.value, ...added];
  const ids = new Set(added.map((s) => s.id));
  return () => {
    registeredShortcuts.value = registeredShortcuts.value.filter((s) => !ids.has(s.id));
  };
}

function isScopeActive(scope: string): boolean {
  return scope === 'global' || scope === activeScope.value;
}

/** Shortcuts that can run right now, the front view's before the global ones so a view may override a global key. */
export function activeShortcuts(): RegisteredShortcut[] {
  const all = registeredShortcuts.value.filter((s) => isScopeActive(s.scope));
  return [...all.filter((s) => s.scope !== 'global'), ...all.filter((s) => s.scope === 'global')];
}

/** Finds the shortcut this key event triggers, honouring text fields and open dialogs. */
export function findShortcut(event: KeyLike, inTextField: boolean, isMac: boolean): RegisteredShortcut | null {
  if (modalDepth.value > 0) return null;
  for (const shortcut of activeShortcuts()) {
    if (shortcut.listedOnly || (inTextField && !shortcut.inInputs)) continue;
    if (shortcut.keys.some((chord) => matchesChord(event, chord, isMac))) return shortcut;
  }
  return null;
}

const scopeTitles: Record<string, string> = { global: 'Everywhere', library: 'Library', reader: 'Reader', notes: 'Notes' };

export function scopeTitle(scope: string): string {
  return scopeTitles[scope] ?? scope.charAt(0).toUpperCase() + scope.slice(1);
}

/** Shortcuts grouped for the help dialog: the front view first, then everywhere, then the rest. */
export function groupedShortcuts(): { title: string; items: RegisteredShortcut[] }[] {
  const groups = new Map<string, RegisteredShortcut[]>();
  const order = (s: RegisteredShortcut) => (s.scope === activeScope.value ? 0 : s.scope === 'global' ? 1 : 2);
  const sorted = registeredShortcuts.value.filter((s) => s.keys.length > 0).toSorted((a, b) => order(a) - order(b));
  for (const shortcut of sorted) {
    const title = shortcut.group ?? scopeTitle(shortcut.scope);
    groups.set(title, [...(groups.get(title) ?? []), shortcut]);
  }
  return [...groups].map(([title, items]) => ({ title, items }));
}
