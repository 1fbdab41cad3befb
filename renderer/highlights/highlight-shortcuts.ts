/** The highlight keys and palette commands of the reader, in the shared registry so `?` and Ctrl+K list them. */
import { registerShortcuts } from '../app/shortcuts.ts';
import type { HighlightController } from './highlight-controller.ts';
import { DOWNLOAD_FORMATS, EXPORT_LABELS, exportArticleNotes } from './export-download.ts';

export function registerHighlightShortcuts(controller: HighlightController, articleId: string): () => void {
  return registerShortcuts('reader', [
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
  ]);
}
