/**
 * What a key does while keyboard selection is on. Read before the reader's own keys, so the few it takes (moves,
 * v, h, n, y, Esc) mean selection things and everything else (j/k, Space, t, +/-) keeps working.
 * Pure logic, no DOM: the event is any object with the KeyboardEvent fields read here.
 */
import type { KeyLike } from '../app/shortcut-keys.ts';
import type { MoveUnit } from './keyboard-selection-moves.ts';

export type SelectionCommand =
  | { kind: 'move'; unit: MoveUnit; direction: 1 | -1; extend: boolean }
  /** Start selecting at the caret, or drop the selection back to a caret. */
  | { kind: 'anchor' }
  | { kind: 'highlight'; withNote: boolean }
  | { kind: 'copy' }
  | { kind: 'leave' };

/** The brackets need Shift, and AltGr or Option on many layouts: they are matched by the character alone. */
const BRACKETS: Record<string, { unit: MoveUnit; direction: 1 | -1 }> = {
  ')': { unit: 'sentence', direction: 1 },
  '(': { unit: 'sentence', direction: -1 },
  '}': { unit: 'paragraph', direction: 1 },
  '{': { unit: 'paragraph', direction: -1 },
};

const LETTERS: Record<string, SelectionCommand> = {
  v: { kind: 'anchor' },
  h: { kind: 'highlight', withNote: false },
  n: { kind: 'highlight', withNote: true },
  y: { kind: 'copy' },
};

/**
 * The command a key stands for, or null to let the reader have it. The left and right arrows follow the text:
 * in a right-to-left paragraph the left arrow goes on to the next word. Shift with an arrow or w/b selects.
 */
export function selectionCommand(event: KeyLike, rtl: boolean): SelectionCommand | null {
  if (event.metaKey) return null;
  const bracket = BRACKETS[event.key];
  if (bracket) return { kind: 'move', ...bracket, extend: false };
  // Ctrl and Alt chords (Ctrl+C, Alt+←) belong to the browser and the app.
  if (event.ctrlKey || event.altKey) return null;
  const extend = event.shiftKey;
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', unit: 'sentence', direction: 1, extend };
    case 'ArrowUp':
      return { kind: 'move', unit: 'sentence', direction: -1, extend };
    case 'ArrowRight':
      return { kind: 'move', unit: 'word', direction: rtl ? -1 : 1, extend };
    case 'ArrowLeft':
      return { kind: 'move', unit: 'word', direction: rtl ? 1 : -1, extend };
    case 'Escape':
      return { kind: 'leave' };
  }
  const letter = event.key.toLowerCase();
  if (letter === 'w' || letter === 'b') return { kind: 'move', unit: 'word', direction: letter === 'w' ? 1 : -1, extend };
  if (extend) return null;
  return LETTERS[event.key] ?? null;
}
