/** The library's keys, registered once for the 'library' scope; they act on the selected row. */
import { registerShortcuts } from '../app/shortcuts.ts';
import { registerArticleSearch } from './article-palette-source.ts';
import { toggleDensity } from './density.ts';
import { renameTarget } from './rename-dialog.tsx';
import { deleteArticle, toggleArchived, toggleFavorite, toggleFinished } from './article-actions.ts';
import { FILTER_INPUT_ID, focusFilterBox } from './filter-box.tsx';
import { openSaveSearch } from './save-search-dialog.tsx';
import { openListed } from './open-listed.ts';
import { clearQuery, moveSelection, queryInput, selectedArticle, setFilter, setSort } from './library-store.ts';
import { filterOptions, sortOptions } from './view-options.ts';
import { archiveSelected, deleteSelected, updateSelected } from './selection/bulk-actions.ts';
import { orSelection, registerSelectionShortcuts } from './selection/selection-shortcuts.ts';
import { clearSelection, selectionCount } from './selection/selection-store.ts';

function withSelected(action: (article: NonNullable<ReturnType<typeof selectedArticle>>) => void): () => void {
  return () => {
    const article = selectedArticle();
    if (article) action(article);
  };
}

/** True from the first j until focus has landed on the row (a frame later), so a quick second j already moves. */
let focusingList = false;

/** The first j or k only shows where the selection is; once the list has the keyboard, they move it. */
function step(delta: number): void {
  const inList = focusingList || document.activeElement?.closest('.list') != null;
  moveSelection(inList ? delta : 0);
  if (inList) return;
  focusingList = true;
  requestAnimationFrame(() => requestAnimationFrame(() => (focusingList = false)));
}

/** Esc in the search box clears it and hands the keyboard back to the list; outside it, clears a search still shown. */
function escape(): void {
  const inFilter = document.activeElement?.id === FILTER_INPUT_ID;
  // Outside the box, Esc lets go of a selection first; the search goes with the next Esc.
  if (!inFilter && selectionCount.value > 0) {
    clearSelection();
    return;
  }
  if (!inFilter && queryInput.value === '') return;
  clearQuery();
  if (inFilter) moveSelection(0);
}

/** The library's keys and palette commands, and article search in the palette; returns one cleanup for all. */
export function registerLibraryShortcuts(): () => void {
  const stopSearch = registerArticleSearch();
  const stopKeys = registerShortcuts('library', [
    { keys: ['j', 'ArrowDown'], description: 'Next article', run: () => step(1), paletteHidden: true },
    { keys: ['k', 'ArrowUp'], description: 'Previous article', run: () => step(-1), paletteHidden: true },
    { keys: ['Home'], description: 'First article', run: () => moveSelection(0, 0), paletteHidden: true },
    { keys: ['End'], description: 'Last article', run: () => moveSelection(0, Number.MAX_SAFE_INTEGER), paletteHidden: true },
    { keys: ['Enter', 'o'], description: 'Open the selected article', run: withSelected(openListed) },
    { keys: ['a'], description: 'Archive or unarchive', run: orSelection(() => void archiveSelected(), withSelected((a) => void toggleArchived(a))) },
    { keys: ['f'], description: 'Favorite or unfavorite', run: orSelection(() => void updateSelected({ favorite: true }), withSelected((a) => void toggleFavorite(a))) },
    { keys: ['r'], description: 'Rename', run: withSelected((a) => (renameTarget.value = a)) },
    { keys: ['m'], description: 'Mark finished or not finished', run: orSelection(() => void updateSelected({ finished: true }), withSelected((a) => void toggleFinished(a))) },
    { keys: ['d', 'Delete'], description: 'Delete (with undo)', run: orSelection(() => void deleteSelected(), withSelected((a) => void deleteArticle(a))) },
    { keys: ['/'], description: 'Search articles', run: focusFilterBox },
    // Mod+F from inside the box too (select all and retype); a plain / there is text (site:lwn.net/Articles).
    { keys: ['Mod+F'], description: 'Search articles', run: focusFilterBox, inInputs: true, paletteHidden: true },
    { keys: ['Escape'], description: 'Clear the search', run: escape, inInputs: true },
    { keys: [], description: 'Save this search', run: openSaveSearch },
    { keys: [], description: 'Compact list or excerpts', run: toggleDensity },
    ...filterOptions.map((option) => ({
      keys: [],
      description: `Show ${option.value === 'all' ? 'all articles' : option.label.toLowerCase()}`,
      run: () => setFilter(option.value),
    })),
    ...sortOptions.map((option) => ({
      keys: [],
      description: `Sort by ${option.label.toLowerCase()}`,
      run: () => setSort(option.value),
    })),
  ]);
  const stopSelection = registerSelectionShortcuts();
  return () => {
    stopSelection();
    stopKeys();
    stopSearch();
  };
}
