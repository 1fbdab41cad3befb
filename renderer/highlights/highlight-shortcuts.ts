/** The highlight keys and palette commands of the reader, in the shared registry so `?` and Ctrl+K list them. */
import { effect } from '@preact/signals';
import { registerShortcuts } from '../app/shortcuts.ts';
import { createKeyboardSelection } from '../reader/keyboard-selection.ts';
import { keyboardSelectionShortcuts } from '../reader/keyboard-selection-shortcuts.ts';
import type { HighlightController } from './highlight-controller.ts';
import { DOWNLOAD_FORMATS, EXPORT_LABELS, exportArticleNotes } from './export-download.ts';

export function registerHighlightShortcuts(controller: HighlightController, articleId: string): () => void {
  // Selecting with the keyboard ends in a highlight, so it lives as long as this article's highlight keys.
  const keyboardSelection = createKeyboardSelection({
    article: () => {
      const layer = controller.layer();
      return layer ? { doc: layer.doc, body: layer.body } : null;
    },
    highlight: (withNote) => controller.highlightSelection(undefined, withNote),
    copyQuote: () => controller.copySelectionAsQuote(),
  });
  // A highlight's editor opening (a click on a mark) takes the keys: the mode steps aside.
  const stopOnEditor = effect(() => {
    if (controller.editing.value) keyboardSelection.leave(true);
  });
  const unregister = registerShortcuts('reader', [
    { keys: ['h'], description: 'Highlight the selection (last colour)', run: () => void controller.highlightSelection(), group: 'Highlights' },
    {
      // Handled by the highlight layer itself: with words selected `n` highlights, without it toggles the notes.
      keys: ['n'],
      description: 'Highlight the selection and write a note',
      run: () => void controller.highlightSelection(undefined, true),
      listedOnly: true,
      group: 'Highlights',
    },
    { keys: [], description: 'Copy the selection as a quote', run: () => void controller.copySelectionAsQuote() },
    ...DOWNLOAD_FORMATS.map((format) => ({ keys: [], description: EXPORT_LABELS[format], run: () => void exportArticleNotes(articleId, format) })),
    ...keyboardSelectionShortcuts(keyboardSelection),
  ]);
  return () => {
    unregister();
    stopOnEditor();
    keyboardSelection.dispose();
  };
}
