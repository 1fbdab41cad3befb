/**
 * Applies an import plan to the open library. Each article is all-or-nothing: an article with content is
 * stored like any import (folder first, then its record); links arrive as records marked not downloaded,
 * all in one write; articles already in the library are enriched (tags merged, highlights added, the
 * earlier saved date kept). What was added is journaled, so the whole import can be taken back.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { isAtEnd } from '../../shared/reading-state.ts';
import { displayHost } from '../../shared/web-address.ts';
import type { ImportReportLine } from '../../shared/models-migration.ts';
import { articleText } from '../annotations/article-text.ts';
import type { HighlightRecord, HighlightStore } from '../annotations/highlight-store.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import type { ArticleRecord } from '../library/schema.ts';
import type { ImportItem } from './import-item.ts';
import { mergeItems, quoteKey, type ImportPlan } from './import-plan.ts';
import { articleFromContent } from './imported-content.ts';
import { localizeImportedImages } from './imported-images.ts';
import { matchLibrary } from './library-match.ts';
import { placeHighlights } from './place-highlights.ts';
import { editableFields } from './undo-import.ts';

export interface ImportTarget {
  library: Library;
  highlights: HighlightStore;
  /** A speller for one import: tags spelled as the library already spells them (core/tags), counted once. */
  tagSpeller(): (tags: readonly string[]) => string[];
  emit: Emit<'migration.progress' | 'library.changed'>;
}

/** What an import changed, for its report and its undo. */
export interface ImportJournal {
  added: string[];
  /** The reader-editable fields of each added article as the import left them (undo is refused once they change). */
  addedFields: Map<string, string>;
  /** Records of existing articles as they were before the import enriched them, and as it left them. */
  enriched: { before: ArticleRecord; after: ArticleRecord }[];
  highlights: HighlightRecord[];
  highlightsWaiting: number;
  /** Links added as records without text, in file order, for the download queue. */
  links: string[];
  /** Entries passed over while writing (an archive's broken records); a plan's own skips are in the plan. */
  skipped: ImportReportLine[];
  failed: ImportReportLine[];
}

function earlierDate(a: string, b: string | null): string {
  return b !== null && b < a ? b : a;
}

function linkRecord(item: ImportItem & { url: string }, spellTags: (tags: readonly string[]) => string[], now: string, fetch: boolean): ArticleRecord {
  return {
    id: randomUUID(),
    title: item.title ?? item.url,
    byline: item.author,
    siteName: item.siteName ?? displayHost(item.url),
    source: { kind: 'url', value: item.url },
    savedAt: item.savedAt ?? now,
    updatedAt: now,
    publishedAt: item.publishedAt,
    lang: null,
    dir: 'ltr',
    excerpt: item.description ?? '',
    tags: spellTags(item.tags),
    leadImage: null,
    canonicalUrl: null,
    wordCount: 0,
    readingMinutes: 0,
    archived: item.archived,
    favorite: item.favorite,
    finishedAt: item.progress !== null && isAtEnd(item.progress) ? now : null,
    deletedAt: null,
    download: { state: fetch ? 'queued' : 'held', attempts: 0, error: null },
  };
}

/** Writes the plan into the library; progress goes out as 'migration.progress' events under importId. */
export async function writePlan(plan: ImportPlan, target: ImportTarget, importId: string, options: { fetch: boolean; sourceName: string }): Promise<ImportJournal> {
  const { library } = target;
  const spellTags = target.tagSpeller();
  const match = matchLibrary(library.records());
  const journal: ImportJournal = { added: [], addedFields: new Map(), enriched: [], highlights: [], highlightsWaiting: 0, links: [], skipped: [], failed: [] };
  const now = new Date().toISOString();
  const links: ArticleRecord[] = [];
  const fields = new Map<string, ImportItem>();
  const texts = new Map<string, string | null>();
  const total = plan.items.length;
  const report = (done: number) => target.emit('migration.progress', { importId, phase: 'writing', done, total });

  for (const [index, { key, item }] of plan.items.entries()) {
    if (index % 100 === 0) {
      report(index);
      await yieldToLoop(); // keep the window answering while thousands of items go in
    }
    const existing = match(key);
    if (existing !== undefined) {
      // The same article can be named twice (by its link, and by its title in a highlights file).
      const earlier = fields.get(existing);
      fields.set(existing, earlier ? mergeItems(earlier, item) : item);
      continue;
    }
    if (key.startsWith('title:')) {
      journal.failed.push({ where: item.where, url: null, title: item.title, reason: 'no article with this title is in the library, and the export gives no link to save it from' });
      continue;
    }
    const article = articleFromContent(item);
    if (article !== null) {
      try {
        const id = randomUUID();
        const images = await localizeImportedImages(article.html, { articleFolder: library.files.folder(id), articleId: id, url: item.url, resources: item.content?.resources });
        const source = item.url !== null ? { kind: 'url' as const, value: item.url } : { kind: 'file' as const, value: options.sourceName };
        const stored = { ...article, html: images.html, leadImage: images.leadImage ?? article.leadImage, title: item.title ?? article.title, byline: article.byline ?? item.author };
        const summary = await library.add(stored, source, { id });
        journal.added.push(summary.id);
        fields.set(summary.id, item);
        texts.set(summary.id, articleText(stored.html));
      } catch (error) {
        journal.failed.push({ where: item.where, url: item.url, title: item.title, reason: (error as Error).message });
      }
      continue;
    }
    if (item.url === null) {
      journal.failed.push({ where: item.where, url: null, title: item.title, reason: 'it has no text Lectern can read and no link to save it from' });
      continue;
    }
    const record = linkRecord(item as ImportItem & { url: string }, spellTags, now, options.fetch);
    links.push(record);
    fields.set(record.id, item);
    texts.set(record.id, null);
  }
  report(total);

  await library.addRecords(links);
  journal.added.push(...links.map((record) => record.id));
  journal.links = links.map((record) => record.id);
  await applyFields(target, spellTags, fields, new Set(journal.added), journal);
  await writeHighlights(target, spellTags, fields, texts, journal);
  const added = new Set(journal.added);
  for (const record of library.records()) if (added.has(record.id)) journal.addedFields.set(record.id, editableFields(record));
  // New articles were announced as they arrived; existing ones changed tags, notes or highlights.
  const touched = [...fields.keys()].filter((id) => !journal.added.includes(id) || journal.highlights.some((h) => h.articleId === id));
  if (touched.length > 0) target.emit('library.changed', { ids: touched });
  return journal;
}

/** Tags, flags, dates, notes and progress from the file: set on new articles, merged into existing ones. */
async function applyFields(target: ImportTarget, spellTags: (tags: readonly string[]) => string[], fields: ReadonlyMap<string, ImportItem>, added: ReadonlySet<string>, journal: ImportJournal): Promise<void> {
  const { library } = target;
  const before = new Map(library.records().filter((record) => fields.has(record.id) && !added.has(record.id)).map((record) => [record.id, record]));
  const now = new Date().toISOString();
  await library.changeMany([...fields.keys()], (record) => {
    const item = fields.get(record.id) as ImportItem;
    const tags = spellTags([...record.tags, ...item.tags]);
    const savedAt = added.has(record.id) ? (item.savedAt ?? record.savedAt) : earlierDate(record.savedAt, item.savedAt);
    if (!added.has(record.id)) {
      // An article the reader already has: keep its flags and title; only add to it.
      if (tags.length === record.tags.length && savedAt === record.savedAt) return record;
      return { ...record, tags, savedAt, updatedAt: now };
    }
    if (record.download) return record; // a link record already carries the item's fields
    const finished = item.progress !== null && isAtEnd(item.progress);
    return { ...record, tags, savedAt, archived: item.archived, favorite: item.favorite, publishedAt: record.publishedAt ?? item.publishedAt, finishedAt: finished ? now : null };
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

async function writeHighlights(target: ImportTarget, spellTags: (tags: readonly string[]) => string[], fields: ReadonlyMap<string, ImportItem>, texts: Map<string, string | null>, journal: ImportJournal): Promise<void> {
  const { library, highlights } = target;
  for (const [id, item] of fields) {
    if (item.highlights.length === 0) continue;
    if (!texts.has(id)) texts.set(id, await library.files.readBody(id).then(articleText, () => null));
    const existing = new Set(highlights.forArticle(id).map((record) => quoteKey(record.selectors[0].exact)));
    const { records, unplaced } = placeHighlights(id, texts.get(id) ?? null, item.highlights, existing, spellTags);
    journal.highlights.push(...records);
    journal.highlightsWaiting += unplaced;
  }
  await highlights.addMany(journal.highlights);
}
