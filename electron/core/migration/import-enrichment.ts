/**
 * What an import adds to the articles it names once they are in the library: tags, flags, dates, notes and
 * progress (set on new articles, merged into existing ones), the waiting state of pictures still on the web,
 * and highlights placed in each article's text (or kept waiting for it). Each kind is one write.
 */
import { isAtEnd } from '../../shared/reading-state.ts';
import { articleText } from '../annotations/article-text.ts';
import type { ArticleRecord } from '../library/schema.ts';
import type { ImportItem } from './import-item.ts';
import { quoteKey } from './import-plan.ts';
import type { ImportJournal, ImportTarget } from './import-writer.ts';
import { placeHighlights } from './place-highlights.ts';

export interface Enrichment {
  target: ImportTarget;
  spellTags: (tags: readonly string[]) => string[];
  /** The file's fields for every article it names, new or already in the library. */
  fields: ReadonlyMap<string, ImportItem>;
  /** Articles this import added (or, resuming, finished). */
  added: ReadonlySet<string>;
  /** Added articles whose text names pictures on the web: they wait for the download queue. */
  picturesWaiting: ReadonlySet<string>;
  fetch: boolean;
}

function earlierDate(a: string, b: string | null): string {
  return b !== null && b < a ? b : a;
}

/** The record of an article this import added, with the file's fields. */
function addedRecord(record: ArticleRecord, item: ImportItem, context: Enrichment, now: string): ArticleRecord {
  if (record.download) return record; // a link record already carries the item's fields
  const finished = item.progress !== null && isAtEnd(item.progress);
  const pictures = context.picturesWaiting.has(record.id) ? { download: { state: context.fetch ? 'queued' : 'held', attempts: 0, error: null, imagesOnly: true } as const } : {};
  const tags = context.spellTags([...record.tags, ...item.tags]);
  const publishedAt = record.publishedAt ?? item.publishedAt;
  return { ...record, ...pictures, tags, savedAt: item.savedAt ?? record.savedAt, archived: item.archived, favorite: item.favorite, publishedAt, finishedAt: finished ? now : null };
}

/** Tags, flags, dates, notes and progress from the file: set on new articles, merged into existing ones. */
export async function applyFields(context: Enrichment, journal: ImportJournal): Promise<void> {
  const { target, fields, added } = context;
  const { library } = target;
  const before = new Map(library.records().filter((record) => fields.has(record.id) && !added.has(record.id)).map((record) => [record.id, record]));
  const now = new Date().toISOString();
  await library.changeMany([...fields.keys()], (record) => {
    const item = fields.get(record.id) as ImportItem;
    if (added.has(record.id)) return addedRecord(record, item, context, now);
    // An article the reader already has: keep its flags and title; only add to it.
    const tags = context.spellTags([...record.tags, ...item.tags]);
    const savedAt = earlierDate(record.savedAt, item.savedAt);
    if (tags.length === record.tags.length && savedAt === record.savedAt) return record;
    return { ...record, tags, savedAt, updatedAt: now };
  });
  for (const record of library.records()) {
    const earlier = before.get(record.id);
    if (earlier !== undefined && earlier !== record) journal.enriched.push({ before: earlier, after: record });
  }
  const notes = new Map<string, string>();
  const progress = new Map<string, number>();
  for (const [id, item] of fields) {
    if (item.note?.trim()) notes.set(id, item.note.trim());
    if (item.progress !== null && item.progress > 0) progress.set(id, item.progress);
  }
  await library.addNotes(notes);
  await library.importProgress(progress);
}

/** Places each article's highlights in its text (texts: those known already; null for a link), adding only quotes it lacks. */
export async function writeHighlights(context: Enrichment, texts: Map<string, string | null>, journal: ImportJournal): Promise<void> {
  const { library, highlights } = context.target;
  for (const [id, item] of context.fields) {
    if (item.highlights.length === 0) continue;
    if (!texts.has(id)) texts.set(id, await library.files.readBody(id).then(articleText, () => null));
    const existing = new Set(highlights.forArticle(id).map((record) => quoteKey(record.selectors[0].exact)));
    const { records, unplaced } = placeHighlights(id, texts.get(id) ?? null, item.highlights, existing, context.spellTags);
    journal.highlights.push(...records);
    journal.highlightsWaiting += unplaced;
  }
  await highlights.addMany(journal.highlights);
}
