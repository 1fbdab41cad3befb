/** A Lectern archive seen through the import flow: its preview in the import's words, its restore as an undoable journal. */
import type { ImportPreview } from '../../shared/models-migration.ts';
import type { Library } from '../library/library.ts';
import type { ArchivePreview } from './archive/archive-preview.ts';
import type { RestoreResult } from './archive/archive-restore.ts';
import type { ImportJournal } from './import-writer.ts';
import { editableFields } from './undo-import.ts';

/** The archive's counts as an import preview. */
export function archivePreview(importId: string, fileName: string, preview: ArchivePreview): Omit<ImportPreview, 'importedBefore'> {
  return {
    importId,
    fileName,
    format: 'lectern-archive',
    formatLabel: 'Lectern archive',
    articles: preview.articles,
    withContent: preview.withContent,
    highlights: preview.highlights,
    notes: preview.notes,
    tags: preview.tags,
    newTags: preview.newTags,
    duplicatesInFile: 0,
    alreadyInLibrary: preview.alreadyInLibrary,
    skipped: preview.skipped.length,
    skippedSample: preview.skipped.slice(0, 5),
    sampleTitles: preview.sampleTitles,
    caveats: preview.alreadyInLibrary > 0 ? ['Articles you already have keep their own notes, titles and reading place; they only gain what the archive adds.'] : [],
  };
}

/** What a restore changed, in the form the import's report and undo read. */
export function journalOfRestore(result: RestoreResult, library: Library): ImportJournal {
  const added = new Set(result.added);
  const addedFields = new Map<string, string>();
  for (const record of library.records()) if (added.has(record.id)) addedFields.set(record.id, editableFields(record));
  return {
    added: result.added,
    addedFields,
    enriched: result.retagged,
    highlights: result.addedHighlights,
    highlightsWaiting: 0,
    links: result.links,
    images: [],
    skipped: result.skipped,
    failed: [],
  };
}
