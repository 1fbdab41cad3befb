/**
 * Applies an import plan to the open library. Each article is all-or-nothing: an article with content is
 * stored like any import (folder first, then its record); links arrive as records marked not downloaded,
 * all in one write; articles already in the library are enriched (tags merged, highlights added, the
 * earlier saved date kept). What was added is journaled, so the whole import can be taken back. A second run
 * of the same file after a crash finishes what the first left (import-ids.ts): every article once, every
 * highlight once.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { isAtEnd } from '../../shared/reading-state.ts';
import { displayHost } from '../../shared/web-address.ts';
import type { ImportReportLine } from '../../shared/models-migration.ts';
import { articleText } from '../annotations/article-text.ts';
import type { HighlightRecord, HighlightStore } from '../annotations/highlight-store.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import type { ArticleRecord } from '../library/schema.ts';
import { hasImageMarkers } from './image-markers.ts';
import { applyFields, writeHighlights, type Enrichment } from './import-enrichment.ts';
import { importArticleIds } from './import-ids.ts';
import type { ImportItem } from './import-item.ts';
import { mergeItems, type ImportPlan } from './import-plan.ts';
import { articleFromContent } from './imported-content.ts';
import { localizeImportedImages } from './imported-images.ts';
import { matchLibrary } from './library-match.ts';
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
  /** Articles whose carried text names pictures on the web: the download queue fetches them (unless held). */
  images: string[];
  /** Entries passed over while writing (an archive's broken records); a plan's own skips are in the plan. */
  skipped: ImportReportLine[];
  failed: ImportReportLine[];
}

interface WriteOptions {
  /** False leaves links (and pictures) held for `lectern fetch` instead of queued. */
  fetch: boolean;
  /** The export's name: the source of a text that has no link of its own. */
  sourceName: string;
  /** The file's fingerprint: new articles get ids derived from it (import-ids.ts). */
  fingerprint?: string;
  /** An earlier run of this file stopped half-way: the articles it wrote are finished as this import's own. */
  resume?: boolean;
}

function linkRecord(id: string, item: ImportItem & { url: string }, spellTags: (tags: readonly string[]) => string[], now: string, fetch: boolean): ArticleRecord {
  return {
    id,
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
export async function writePlan(plan: ImportPlan, target: ImportTarget, importId: string, options: WriteOptions): Promise<ImportJournal> {
  const { library } = target;
  const spellTags = target.tagSpeller();
  const fields = new Map<string, ImportItem>();
  const pictures = new Set<string>();
  const match = matchLibrary(library.records());
  const ids = importArticleIds(library.records(), options.fingerprint);
  const journal: ImportJournal = { added: [], addedFields: new Map(), enriched: [], highlights: [], highlightsWaiting: 0, links: [], images: [], skipped: [], failed: [] };
  const now = new Date().toISOString();
  const links: ArticleRecord[] = [];
  const texts = new Map<string, string | null>();
  const total = plan.items.length;
  const report = (done: number) => target.emit('migration.progress', { importId, phase: 'writing', done, total });

  for (const [index, { key, item }] of plan.items.entries()) {
    if (index % 100 === 0) {
      report(index);
      await yieldToLoop(); // keep the window answering while thousands of items go in
    }
    const existing = match(key);
    if (existing !== undefined && options.resume && existing === ids.derived(key)) {
      await resumeArticle(library, existing, item, journal, pictures);
      fields.set(existing, item);
      continue;
    }
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
        const id = ids.next(key);
        const images = await localizeImportedImages(article.html, { articleFolder: library.files.folder(id), articleId: id, url: item.url, resources: item.content?.resources });
        const source = item.url !== null ? { kind: 'url' as const, value: item.url } : { kind: 'file' as const, value: options.sourceName };
        const stored = { ...article, html: images.html, leadImage: images.leadImage ?? article.leadImage, title: item.title ?? article.title, byline: article.byline ?? item.author };
        const summary = await library.add(stored, source, { id });
        journal.added.push(summary.id);
        if (images.remoteImages > 0) pictures.add(summary.id);
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
    const record = linkRecord(ids.next(key), item as ImportItem & { url: string }, spellTags, now, options.fetch);
    links.push(record);
    fields.set(record.id, item);
    texts.set(record.id, null);
  }
  report(total);

  await library.addRecords(links);
  journal.added.push(...links.map((record) => record.id));
  journal.links.push(...links.map((record) => record.id));
  journal.images = [...pictures];
  const added = new Set(journal.added);
  const context: Enrichment = { target, spellTags, fields, added, picturesWaiting: pictures, fetch: options.fetch };
  await applyFields(context, journal);
  await writeHighlights(context, texts, journal);
  for (const record of library.records()) if (added.has(record.id)) journal.addedFields.set(record.id, editableFields(record));
  // New articles were announced as they arrived; existing ones changed tags, notes or highlights.
  const touched = [...fields.keys()].filter((id) => !added.has(id) || journal.highlights.some((h) => h.articleId === id));
  if (touched.length > 0) target.emit('library.changed', { ids: touched });
  return journal;
}

/**
 * An article an earlier, unfinished run of this file wrote: counted as added by this one, its link queued
 * again if it still waits, and its pictures queued when the run stopped before saying they wait.
 */
async function resumeArticle(library: Library, id: string, item: ImportItem, journal: ImportJournal, pictures: Set<string>): Promise<void> {
  const waiting = library.get(id).download;
  journal.added.push(id);
  if (waiting === undefined) {
    if (item.content !== null && hasImageMarkers(await library.files.readBody(id).catch(() => ''))) pictures.add(id);
  } else if (waiting.state === 'queued') {
    if (waiting.imagesOnly) pictures.add(id);
    else journal.links.push(id);
  }
}
