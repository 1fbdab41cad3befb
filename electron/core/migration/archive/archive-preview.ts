import type { ImportReportLine } from '../../../shared/models-migration.ts';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { readArchiveContents } from './archive-contents.ts';
import { articleFilesOf } from './archive-files.ts';
import type { ArchiveManifest } from './archive-format.ts';
import { planRestore, type ArchivePreviewSource } from './archive-plan.ts';

/** What an archive would bring into the open library, counted before anything is written. */
export interface ArchivePreview {
  manifest: ArchiveManifest;
  /** Articles the library does not have yet (matched by id). */
  articles: number;
  /** Of those, how many bring their text; the others are links that were never downloaded. */
  withContent: number;
  /** Articles the library has already: kept, and given what they lack from the archive. */
  alreadyInLibrary: number;
  highlights: number;
  notes: number;
  tags: number;
  newTags: number;
  sampleTitles: string[];
  /** Records of the archive passed over, each with its reason. */
  skipped: ImportReportLine[];
}

/** Reads a Lectern archive and counts what restoring it would add; throws ImportFormatError for one that cannot be read. */
export async function previewArchive(bundle: ImportBundle, library: ArchivePreviewSource): Promise<ArchivePreview> {
  const contents = await readArchiveContents(bundle);
  const files = articleFilesOf(bundle);
  const plan = planRestore(contents, library);
  return {
    manifest: contents.manifest,
    articles: plan.newRecords.length,
    withContent: plan.newRecords.filter((record) => files.get(record.id)?.some(({ inner }) => inner === 'body.html')).length,
    alreadyInLibrary: plan.alreadyInLibrary.length,
    highlights: plan.highlights.length,
    notes: plan.newNotes,
    tags: plan.tags,
    newTags: plan.newTags,
    sampleTitles: plan.newRecords.slice(0, 5).map((record) => record.title),
    skipped: contents.skipped,
  };
}
