/** Keys that work in every view: help, the palette, adding articles, and appearance from the palette. */
import { openFilePicker } from '../library/import/file-picker.tsx';
import { pasteFromShell } from '../library/import/paste-import.ts';
import { helpOpen, paletteOpen } from '../ui/overlay-state.ts';
import { undoLatest } from '../ui/toast-store.ts';
import { setTheme, themeChoices } from '../ui/theme-menu.tsx';
import { openArticleId, showLibrary } from './navigation.ts';
import { registerShortcuts } from './shortcuts.ts';

export function registerGlobalShortcuts(): () => void {
  return registerShortcuts('global', [
    { keys: ['?'], description: 'Show keyboard shortcuts', run: () => (helpOpen.value = true) },
    { keys: ['Mod+K'], description: 'Open the command palette', run: () => (paletteOpen.value = !paletteOpen.value), inInputs: true, paletteHidden: true },
    { keys: ['Mod+O'], description: 'Add files to the library', run: openFilePicker, inInputs: true },
    // Not in text fields: there Ctrl/Cmd+Z is the field's own undo of typing.
    { keys: ['Mod+Z'], description: 'Undo the last action (the newest Undo offered)', run: () => void undoLatest() },
    { keys: ['Mod+V'], description: 'Save the clipboard as an article (in the library)', run: () => void pasteFromShell(), listedOnly: true },
    {
      keys: [],
      description: 'Go to the library',
      run: () => {
        if (openArticleId.value) showLibrary();
      },
    },
    ...themeChoices.map((choice) => ({
      keys: [],
      description: `Theme: ${choice.label}`,
      run: () => setTheme(choice.value),
    })),
  ]);
}
