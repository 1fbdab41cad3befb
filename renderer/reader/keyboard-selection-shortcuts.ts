/**
 * Keyboard selection's keys in the shortcut registry. Only `v` is matched there (it starts the mode from either
 * document); the keys inside the mode are read by the mode itself before anything else, and are listed here so
 * `?` shows them, kept out of the palette (moving a caret from a list of commands makes no sense).
 */
import type { ShortcutSpec } from '../app/shortcuts.ts';
import type { KeyboardSelection } from './keyboard-selection.ts';
import type { SelectionCommand } from './keyboard-selection-keys.ts';

const GROUP = 'Keyboard selection';

function inMode(mode: KeyboardSelection, keys: string[], description: string, command: SelectionCommand): ShortcutSpec {
  return { keys, description, run: () => mode.run(command), listedOnly: true, paletteHidden: true, group: GROUP };
}

/** The registry entries for one reader's keyboard selection. */
export function keyboardSelectionShortcuts(mode: KeyboardSelection): ShortcutSpec[] {
  const move = (unit: 'word' | 'sentence' | 'paragraph', direction: 1 | -1) => ({ kind: 'move', unit, direction, extend: false }) as const;
  return [
    {
      keys: ['v'],
      description: 'Select with the keyboard (a caret at the first line on screen)',
      run: () => (mode.isActive() ? mode.run({ kind: 'anchor' }) : mode.enter()),
      group: GROUP,
    },
    inMode(mode, ['ArrowDown', ')'], 'Next sentence', move('sentence', 1)),
    inMode(mode, ['ArrowUp', '('], 'Previous sentence', move('sentence', -1)),
    inMode(mode, ['}'], 'Next paragraph', move('paragraph', 1)),
    inMode(mode, ['{'], 'Previous paragraph', move('paragraph', -1)),
    inMode(mode, ['ArrowRight', 'w'], 'Next word (in right-to-left text, ←)', move('word', 1)),
    inMode(mode, ['ArrowLeft', 'b'], 'Previous word (in right-to-left text, →)', move('word', -1)),
    inMode(mode, ['Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+W'], 'Select as you move (Shift with any arrow, w or b)', {
      kind: 'move',
      unit: 'sentence',
      direction: 1,
      extend: true,
    }),
    inMode(mode, ['v'], 'Start selecting here, or drop the selection', { kind: 'anchor' }),
    inMode(mode, ['h'], 'Highlight the selection (or the sentence at the caret)', { kind: 'highlight', withNote: false }),
    inMode(mode, ['n'], 'Highlight and write a note', { kind: 'highlight', withNote: true }),
    inMode(mode, ['y'], 'Copy the selection as a quote', { kind: 'copy' }),
    inMode(mode, ['Escape'], 'Leave keyboard selection', { kind: 'leave' }),
  ];
}
