/** The preview of an import: what the plan would add, merge and skip in this library, counted without writing. */
import type { ImportPreview } from '../../shared/models-migration.ts';
import { tagKey } from '../../shared/tags.ts';
import type { Library } from '../library/library.ts';
import { caveatsFor } from './format-caveats.ts';
import type { ImportPlan } from './import-plan.ts';
import { matchLibrary } from './library-match.ts';

const SAMPLE_SIZE = 5;

/** Counts the plan against the library as it is now. */
export function previewOf(importId: string, fileName: string, plan: ImportPlan, context: { library: Library }): Omit<ImportPreview, 'importedBefore'> {
  const match = matchLibrary(context.library.records());
  const libraryTags = new Set(context.library.records().flatMap((record) => (record.deletedAt ? [] : record.tags.map(tagKey))));
  const fileTags = new Set<string>();
  let articles = 0;
  let withContent = 0;
  let alreadyInLibrary = 0;
  let highlights = 0;
  let notes = 0;
  const sampleTitles: string[] = [];
  for (const { key, item } of plan.items) {
    for (const tag of item.tags) fileTags.add(tagKey(tag));
    for (const highlight of item.highlights) for (const tag of highlight.tags) fileTags.add(tagKey(tag));
    highlights += item.highlights.length;
    if (item.note?.trim()) notes++;
    if (match(key) !== undefined) {
      alreadyInLibrary++;
      continue;
    }
    if (key.startsWith('title:')) continue; // highlights for an article the library does not have: reported at the run
    articles++;
    if (item.content !== null) withContent++;
    if (sampleTitles.length < SAMPLE_SIZE) sampleTitles.push(item.title ?? item.url ?? item.where);
  }
  return {
    importId,
    fileName,
    format: plan.reader.format,
    formatLabel: plan.reader.label,
    articles,
    withContent,
    highlights,
    notes,
    tags: fileTags.size,
    newTags: [...fileTags].filter((tag) => !libraryTags.has(tag)).length,
    duplicatesInFile: plan.duplicatesInFile,
    alreadyInLibrary,
    skipped: plan.skipped.length,
    skippedSample: plan.skipped.slice(0, SAMPLE_SIZE),
    sampleTitles,
    caveats: caveatsFor(plan.reader.format),
  };
}
