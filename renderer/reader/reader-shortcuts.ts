/**
 * The reader's keys, registered in the app's shortcut registry so `?` and the palette list them. Keys pressed
 * while the article iframe has focus never reach the parent document, so they are matched here against the
 * same registry: one table, whichever document has focus.
 */
import { findShortcut, modalDepth, registerShortcuts, type ShortcutSpec } from '../app/shortcuts.ts';
import { keyPrefix, type KeyPrefix } from '../app/key-prefix.ts';
import { isTextField } from '../app/keyboard-listener.ts';
import { openNotebook } from '../notebook/notebook-route.ts';

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
    // Read by the prefix below (g waits for n or g), listed here so help and the palette show it.
    { keys: ['g g'], description: 'Go to the top (g alone: after a moment)', run: () => current()?.scrollToEdge('top'), group: 'Reading', listedOnly: true },
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

/** How long `g` waits for `n` (the notebook) or a second `g` before going to the top by itself. */
const G_WAIT_MS = 450;

// The reader's `g` prefix while a reader is open; both documents' key handlers offer their keys to it first.
let gPrefix: KeyPrefix | null = null;

/** Offers a key to the `g` prefix; true when it was used (its default is then prevented). */
function offerToPrefix(event: KeyboardEvent): boolean {
  if (!gPrefix || event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (modalDepth.value > 0 || isTextField(event.target)) return false;
  if (!gPrefix.offer(event.key)) return false;
  event.preventDefault();
  return true;
}

/** Registers the reader's shortcuts; current() gives the view's latest actions. Returns the cleanup. */
export function registerReaderShortcuts(current: () => ReaderActions | null): () => void {
  const unregister = registerShortcuts('reader', specs(current));
  const top = () => current()?.scrollToEdge('top');
  const prefix = keyPrefix({ first: 'g', followers: { n: openNotebook, g: top }, alone: top, waitMs: G_WAIT_MS });
  gPrefix = prefix;
  const onKeyDown = (event: KeyboardEvent) => {
    rememberShift(event);
    offerToPrefix(event);
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    unregister();
    prefix.cancel();
    if (gPrefix === prefix) gPrefix = null;
    window.removeEventListener('keydown', onKeyDown, true);
  };
}

/** Runs the shortcut a key pressed inside the article document stands for; true when one ran. */
export function handleArticleKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  rememberShift(event);
  if (offerToPrefix(event)) return true;
  const shortcut = findShortcut(event, false, isMac);
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run();
  return true;
}
