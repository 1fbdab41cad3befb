/**
 * The reader's keys, registered in the app's shortcut registry so `?` and the palette list them. Keys pressed
 * while the article iframe has focus never reach the parent document, so they are matched here against the
 * same registry: one table, whichever document has focus.
 */
import { findShortcut, registerShortcuts, type ShortcutSpec } from '../app/shortcuts.ts';

export interface ReaderActions {
  scrollLines(direction: 1 | -1): void;
  scrollPage(direction: 1 | -1): void;
  scrollToEdge(edge: 'top' | 'bottom'): void;
  changeFontSize(direction: 1 | -1): void;
  back(): void;
  toggleArchive(): void;
  toggleFavorite(): void;
  toggleNotes(): void;
  openAppearance(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

// The registry matches Space with or without Shift (it compares the character), so the direction is read from
// the key event itself, which both documents' listeners see before the shortcut runs.
let shiftHeld = false;
function rememberShift(event: KeyboardEvent): void {
  shiftHeld = event.shiftKey;
}

function specs(current: () => ReaderActions | null): ShortcutSpec[] {
  // Actions are looked up when a key fires, so the view registers once and still acts on its latest state.
  return [
    { keys: ['j'], description: 'Scroll down', run: () => current()?.scrollLines(1), paletteHidden: true, group: 'Reading' },
    { keys: ['k'], description: 'Scroll up', run: () => current()?.scrollLines(-1), paletteHidden: true, group: 'Reading' },
    {
      keys: ['Space'],
      description: 'Next page (Shift+Space: previous page)',
      run: () => current()?.scrollPage(shiftHeld ? -1 : 1),
      paletteHidden: true,
      group: 'Reading',
    },
    { keys: ['g'], description: 'Go to the top', run: () => current()?.scrollToEdge('top'), group: 'Reading' },
    { keys: ['Shift+G'], description: 'Go to the end', run: () => current()?.scrollToEdge('bottom'), group: 'Reading' },
    // "++" is the plus key itself (a lone "+" would read as a modifier separator).
    { keys: ['++', '='], description: 'Larger text', run: () => current()?.changeFontSize(1), group: 'Reading' },
    { keys: ['-'], description: 'Smaller text', run: () => current()?.changeFontSize(-1), group: 'Reading' },
    { keys: ['t'], description: 'Theme and typography', run: () => current()?.openAppearance(), group: 'Reading' },
    { keys: ['n'], description: 'Show or hide notes', run: () => current()?.toggleNotes() },
    { keys: ['a'], description: 'Archive or unarchive', run: () => current()?.toggleArchive() },
    { keys: ['f'], description: 'Favorite or unfavorite', run: () => current()?.toggleFavorite() },
    { keys: ['Escape'], description: 'Back to the library', run: () => current()?.back() },
  ];
}

/** Registers the reader's shortcuts; current() gives the view's latest actions. Returns the cleanup. */
export function registerReaderShortcuts(current: () => ReaderActions | null): () => void {
  const unregister = registerShortcuts('reader', specs(current));
  window.addEventListener('keydown', rememberShift, true);
  return () => {
    unregister();
    window.removeEventListener('keydown', rememberShift, true);
  };
}

/** Runs the shortcut a key pressed inside the article document stands for; true when one ran. */
export function handleArticleKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  rememberShift(event);
  const shortcut = findShortcut(event, false, isMac);
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run();
  return true;
}
