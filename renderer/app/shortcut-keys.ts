/**
 * Key chords as plain strings ("j", "Mod+K", "Shift+Delete", "?") and how a keydown matches one.
 * Pure logic, no DOM: the event is any object with the KeyboardEvent fields we read, so it is unit-tested in node.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

const aliases: Record<string, string> = {
  esc: 'Escape',
  escape: 'Escape',
  enter: 'Enter',
  return: 'Enter',
  del: 'Delete',
  delete: 'Delete',
  backspace: 'Backspace',
  space: ' ',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  tab: 'Tab',
};

/** Parses "Mod+Shift+K" into its parts; "Mod" is Cmd on macOS and Ctrl elsewhere. */
export function parseChord(chord: string): Chord {
  // A chord ending in "+" means the plus key itself ("Mod++").
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const result: Chord = { key: '', mod: false, ctrl: false, alt: false, shift: false };
  for (const raw of parts) {
    const part = raw.trim();
    const lower = part.toLowerCase();
    if (lower === 'mod' || lower === 'cmd' || lower === 'meta') result.mod = true;
    else if (lower === 'ctrl' || lower === 'control') result.ctrl = true;
    else if (lower === 'alt' || lower === 'option') result.alt = true;
    else if (lower === 'shift') result.shift = true;
    else result.key = aliases[lower] ?? part;
  }
  return result;
}

/** True when the key event is exactly this chord on this platform. */
export function matchesChord(event: KeyLike, chord: string, isMac: boolean): boolean {
  const c = parseChord(chord);
  const wantCtrl = c.ctrl || (c.mod && !isMac);
  const wantMeta = c.mod && isMac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== c.alt) return false;

  const single = c.key.length === 1;
  const letter = single && /[a-z]/i.test(c.key);
  if (single && !letter) {
    // Symbols like "?" or "/" need Shift on some layouts and not on others: match the character, not the chord.
    return event.key === c.key;
  }
  if (event.shiftKey !== c.shift) return false;
  return letter ? event.key.toLowerCase() === c.key.toLowerCase() : event.key === c.key;
}

const macSymbols: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };
const keyLabels: Record<string, string> = {
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  Delete: 'Del',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
};

/** The parts of a chord as a person reads them, one keycap each: ["Ctrl", "K"] or ["⌘", "K"]. */
export function chordLabels(chord: string, isMac: boolean): string[] {
  const c = parseChord(chord);
  const labels: string[] = [];
  if (c.ctrl) labels.push(isMac ? macSymbols.Ctrl! : 'Ctrl');
  if (c.mod) labels.push(isMac ? macSymbols.Mod! : 'Ctrl');
  if (c.alt) labels.push(isMac ? macSymbols.Alt! : 'Alt');
  if (c.shift) labels.push(isMac ? macSymbols.Shift! : 'Shift');
  const named = keyLabels[c.key];
  if (named) labels.push(named);
  else labels.push(c.key.length === 1 && /[a-z]/i.test(c.key) ? c.key.toUpperCase() : c.key);
  return labels;
}
