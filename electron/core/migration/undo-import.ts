/**
 * Taking a whole import back. Allowed only while nothing it brought has been changed since (an article read,
 * retagged or renamed, a highlight edited): undoing then would throw away the reader's own work.
 */
import { ErrorCode } from '../../shared/errors.ts';
import { CoreError } from '../core-error.ts';
import type { ArticleRecord } from '../library/schema.ts';
import type { ImportJournal, ImportTarget } from './import-writer.ts';

/**
 * What the reader can change on an article; a download finishing in the background changes other fields and
 * does not count. A title that is only the link is left out: the download replaces it with the page's own.
 */
export function editableFields(record: ArticleRecord): string {
  const title = record.title === record.source.value ? null : record.title;
  return JSON.stringify([title, record.tags, record.archived, record.favorite, record.finishedAt, record.deletedAt]);
}

function changedSince(journal: ImportJournal, target: ImportTarget): string | null {
  const current = new Map(target.library.records().map((record) => [record.id, record]));
  for (const { before, after } of journal.enriched) {
    const now = current.get(before.id);
    if (now === undefined || editableFields(now) !== editableFields(after)) return now?.title ?? before.title;
  }
  for (const [id, fields] of journal.addedFields) {
    const now = current.get(id);
    if (now === undefined) continue;
    // A link's title taken from its page when the download finished is not the reader's edit.
    const [importedTitle] = JSON.parse(fields) as [string | null];
    const seen = importedTitle === null ? editableFields({ ...now, title: now.source.value }) : editableFields(now);
    if (seen !== fields) return now.title;
  }
  for (const highlight of journal.highlights) {
    const now = target.highlights.get(highlight.id);
    if (now !== undefined && now.updatedAt !== highlight.updatedAt) return 'a highlight';
  }
  return null;
}

/** True while Undo can take the import back: it brought something, and none of it has been changed since. */
export function isUndoable(journal: ImportJournal, target: ImportTarget): boolean {
  const brought = journal.added.length + journal.enriched.length + journal.highlights.length > 0;
  return brought && changedSince(journal, target) === null;
}

/** Removes the import's new articles and highlights and puts enriched articles back as they were; answers how many articles went. */
export async function undoImport(journal: ImportJournal, target: ImportTarget): Promise<number> {
  const changed = changedSince(journal, target);
  if (changed !== null) {
    throw new CoreError(ErrorCode.invalidInput, `The import cannot be undone: “${changed}” has been changed since. Delete the imported articles from the library instead.`);
  }
  await target.highlights.removeMany(journal.highlights.map((highlight) => highlight.id));
  const before = new Map(journal.enriched.map(({ before: record }) => [record.id, record]));
  if (before.size > 0) await target.library.changeMany([...before.keys()], (record) => before.get(record.id) ?? record);
  const removed = await target.library.removeNow(journal.added);
  return removed.length;
}
