/**
 * Merges a Lectern archive into the open library, losing nothing on either side (archive-plan.ts says
 * what is added). Everything is read and checked first and the article folders are unpacked aside, so an
 * archive that cannot be read leaves the library untouched; then each database file is written once.
 * Into an empty library the result is the archived library: same ids, records, notes, highlights,
 * progress, tag colours, saved searches and settings.
 */
import { ErrorCode } from '../../../shared/errors.ts';
import type { ImportReportLine } from '../../../shared/models-migration.ts';
import type { HighlightRecord, HighlightStore } from '../../annotations/highlight-store.ts';
import type { PendingQueue } from '../../capture/pending/pending-queue.ts';
import type { Emit } from '../../event-bus.ts';
import type { Library } from '../../library/library.ts';
import type { ArticleRecord } from '../../library/schema.ts';
import type { SavedSearchService } from '../../saved-searches/saved-search-service.ts';
import type { TagColors } from '../../tags/tag-colors.ts';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { readArchiveContents } from './archive-contents.ts';
import { restoreArticleFolders } from './archive-files.ts';
import { planRestore } from './archive-plan.ts';

/** The parts of the open library a restore writes to. */
export interface ArchiveTarget {
  library: Pick<Library, 'records' | 'get' | 'files' | 'addRecords' | 'changeMany' | 'mergeArchivedNotesAndProgress' | 'updateSettings'>;
  highlights: Pick<HighlightStore, 'get' | 'forArticle' | 'all' | 'addMany'>;
  tagColors: Pick<TagColors, 'addMissing'>;
  savedSearches: Pick<SavedSearchService, 'addMissingByName'>;
  pending: Pick<PendingQueue, 'enqueue' | 'size'>;
  emit: Emit<'library.changed' | 'tags.changed' | 'pending.changed'>;
}

export interface RestoreResult {
  /** Articles the library did not have, in the archive's order. */
  added: string[];
  /** Articles the library had that gained tags, highlights, a note or progress. */
  enriched: string[];
  highlights: number;
  notes: number;
  /** Records of the archive passed over, with why. */
  skipped: ImportReportLine[];
  /** For an import's undo: the highlights added, and the existing records that gained tags (before and after). */
  addedHighlights: HighlightRecord[];
  retagged: { before: ArticleRecord; after: ArticleRecord }[];
  /** Added articles that are links still waiting for their text (their download queued), for the download queue. */
  links: string[];
}

async function unpackFolders(bundle: ImportBundle, ids: string[], articlesRoot: string): Promise<void> {
  try {
    await restoreArticleFolders(bundle, ids, articlesRoot);
  } catch (error) {
    if (error instanceof ImportFormatError) throw /nothing was imported/i.test(error.message) ? error : new ImportFormatError(`${error.message} Nothing was imported.`);
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new ImportFormatError(`The disk is full: ${bundle.name} could not be unpacked. Free some space and import it again; nothing was imported.`, ErrorCode.io);
    }
    throw new ImportFormatError(`${bundle.name} could not be unpacked (${(error as Error).message}); nothing was imported. The archive may be damaged or cut short: export it again.`);
  }
}

/** Merges the archive into the library (see the file's comment); throws ImportFormatError, having written nothing, for one that cannot be read. */
export async function restoreArchive(bundle: ImportBundle, target: ArchiveTarget): Promise<RestoreResult> {
  const contents = await readArchiveContents(bundle);
  const plan = planRestore(contents, target);
  const added = plan.newRecords.map((record) => record.id);
  await unpackFolders(bundle, added, target.library.files.root);

  // Highlights before their records: the search index, told of the new articles, then finds their highlights too.
  await target.highlights.addMany(plan.highlights);
  await target.library.addRecords(plan.newRecords);
  const annotated = await target.library.mergeArchivedNotesAndProgress(plan.notes, plan.progress);
  const recordsOf = (ids: ReadonlySet<string>) => new Map(target.library.records().filter((record) => ids.has(record.id)).map((record) => [record.id, record]));
  const beforeRetag = recordsOf(new Set(plan.retagged.keys()));
  const retagged = await target.library.changeMany([...plan.retagged.keys()], (record) => ({ ...record, tags: plan.retagged.get(record.id) ?? record.tags }));
  const afterRetag = recordsOf(new Set(retagged));
  const coloured = await target.tagColors.addMissing(contents.tagColors);
  await target.savedSearches.addMissingByName(contents.savedSearches);
  if (plan.libraryEmpty) await target.library.updateSettings(contents.settings);
  if (contents.pendingUrls.length > 0) {
    await target.pending.enqueue(contents.pendingUrls);
    target.emit('pending.changed', { count: target.pending.size });
  }

  const addedIds = new Set(added);
  const enriched = new Set([...annotated, ...retagged, ...plan.highlights.map((highlight) => highlight.articleId)].filter((id) => !addedIds.has(id)));
  if (added.length + enriched.size > 0) target.emit('library.changed', { ids: [...added, ...enriched] });
  if (plan.newTags > 0 || coloured > 0) target.emit('tags.changed', {});
  return {
    added,
    enriched: [...enriched],
    highlights: plan.highlights.length,
    notes: plan.newNotes,
    skipped: contents.skipped,
    addedHighlights: plan.highlights,
    retagged: retagged.map((id) => ({ before: beforeRetag.get(id) as ArticleRecord, after: afterRetag.get(id) as ArticleRecord })),
    links: plan.newRecords.filter((record) => record.download?.state === 'queued').map((record) => record.id),
  };
}
