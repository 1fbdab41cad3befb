/** Keys for organising: tag (t), select (x, shift+j/k, Ctrl/Cmd+A), clear, and the sidebar (Ctrl/Cmd+\). */
import { registerShortcuts } from '../../app/shortcuts.ts';
import { selectedIndex } from '../library-store.ts';
import { toggleSidebar } from '../sidebar/sidebar-open.ts';
import { openTagPicker } from '../tag-picker/tag-picker-state.ts';
import { clearSelection, extendSelection, selectAllMatching, selectionCount, toggleRow } from './selection-store.ts';

/** A key that acts on the selection when there is one, else on the article under the cursor. */
export function orSelection(bulk: () => void, single: () => void): () => void {
  return () => (selectionCount.value > 0 ? bulk() : single());
}

/** Registers the organising keys for the library scope; returns their cleanup. */
export function registerSelectionShortcuts(): () => void {
  return registerShortcuts('library', [
    { keys: ['t'], description: 'Tag the article, or the selected articles', run: () => openTagPicker('tag') },
    { keys: [], description: 'Remove tags from the selected articles', run: () => openTagPicker(selectionCount.value > 0 ? 'untag' : 'tag') },
    { keys: ['x'], description: 'Select or unselect the article', run: () => toggleRow(selectedIndex.value), group: 'Selecting' },
    { keys: ['Shift+J', 'Shift+ArrowDown'], description: 'Select the next article too', run: () => extendSelection(1), group: 'Selecting' },
    { keys: ['Shift+K', 'Shift+ArrowUp'], description: 'Select the previous article too', run: () => extendSelection(-1), group: 'Selecting' },
    { keys: ['Mod+A'], description: 'Select all matching articles', run: () => void selectAllMatching(), group: 'Selecting' },
    { keys: [], description: 'Clear the selection', run: clearSelection, group: 'Selecting' },
    { keys: ['Mod+\\'], description: 'Show or hide the sidebar', run: toggleSidebar },
  ]);
}
