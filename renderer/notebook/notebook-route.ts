/**
 * The notebook as a third view beside the library and the reader. It stays "open" underneath an article opened
 * from it, so going back from that article returns to the notebook, the way it returns to the library.
 */
import { signal } from '@preact/signals';
import { openArticle, openArticleId, showLibrary } from '../app/navigation.ts';
import { activeScope, registerShortcuts } from '../app/shortcuts.ts';
import { isTextField } from '../app/keyboard-listener.ts';
import { pendingReveal } from '../highlights/pending-reveal.ts';

export const notebookOpen = signal(false);

export function openNotebook(): void {
  if (openArticleId.value) showLibrary();
  notebookOpen.value = true;
  activeScope.value = 'notebook';
}

export function closeNotebook(): void {
  notebookOpen.value = false;
  activeScope.value = 'library';
}

/** Opens an article from the notebook, scrolled to one of its highlights when given. */
export function openFromNotebook(articleId: string, highlightId: string | null): void {
  pendingReveal.value = highlightId ? { articleId, highlightId } : null;
  openArticle(articleId);
}

/** How long the second key of `g n` may wait for the first. */
const SEQUENCE_MS = 1200;

/**
 * `g n` from the library or the notebook. The registry matches single chords, so the pair is read here and
 * listed in the registry for help and the palette.
 */
export function installNotebookRoute(): () => void {
  let gAt = 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    if (openArticleId.value) return; // the reader has its own g (go to the top)
    if (event.key === 'g') gAt = Date.now();
    else if (event.key === 'n' && Date.now() - gAt < SEQUENCE_MS) {
      gAt = 0;
      event.preventDefault();
      openNotebook();
    } else gAt = 0;
  };
  window.addEventListener('keydown', onKeyDown, true);
  const unregister = registerShortcuts('global', [
    { keys: ['g n'], description: 'Open the notebook (all highlights and notes)', run: openNotebook, listedOnly: true },
  ]);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    unregister();
  };
}
