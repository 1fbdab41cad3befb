/**
 * Reads the database files of a Lectern archive into checked values, before anything is written: a file
 * that is not JSON, or one written by a newer Lectern, refuses the whole archive with a sentence naming it;
 * a single record that is not the shape Lectern writes is passed over with its reason.
 */
import * as v from 'valibot';
import { api } from '../../../shared/contract.ts';
import type { ImportReportLine } from '../../../shared/models-migration.ts';
import type { ReadingProgress, SavedSearch, Settings } from '../../../shared/models.ts';
import { isOneOf, TAG_COLORS, type TagColor } from '../../../shared/vocabularies.ts';
import type { HighlightRecord } from '../../annotations/highlight-store.ts';
import { CorruptFileError } from '../../library/atomic-json-file.ts';
import { DATA_FILES, type DataFile } from '../../library/data-files.ts';
import { migrateLibrary } from '../../library/migrations.ts';
import type { AnnotationsFile, ArticleRecord } from '../../library/schema.ts';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { isArticleId, readManifest, type ArchiveManifest } from './archive-format.ts';

export type ArchivedNote = AnnotationsFile['notes'][string];
type ArchivedSavedSearch = Omit<SavedSearch, 'count'>;

/** What an archive holds, checked; deleted articles and highlights (still in their undo window when it was written) are left out. */
export interface ArchiveContents {
  manifest: ArchiveManifest;
  records: ArticleRecord[];
  notes: Map<string, ArchivedNote>;
  progress: Map<string, ReadingProgress>;
  highlights: HighlightRecord[];
  settings: Partial<Settings>;
  tagColors: { key: string; color: TagColor }[];
  savedSearches: ArchivedSavedSearch[];
  /** Links that were waiting to be saved. */
  pendingUrls: string[];
  /** Records passed over, with why. */
  skipped: ImportReportLine[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** One database file of the archive, parsed; `fallback` when the archive does not hold it (only library.json must be there). */
async function readDatabaseFile(bundle: ImportBundle, file: DataFile, fallback: Json | null): Promise<Json> {
  const entry = bundle.file(file.name);
  if (!entry) {
    if (fallback) return fallback;
    throw new ImportFormatError(`${bundle.name} has no ${file.name}, so it is not a whole Lectern archive; nothing was imported.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await entry.bytes()));
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(`${bundle.name}: ${file.name} is damaged (${(error as Error).message}); nothing was imported. Export the archive again.`);
  }
  if (!isObject(parsed)) throw new ImportFormatError(`${bundle.name}: ${file.name} does not hold what Lectern writes there; nothing was imported.`);
  if (typeof parsed.schemaVersion === 'number' && parsed.schemaVersion > file.schemaVersion) {
    throw new ImportFormatError(`${bundle.name}: ${file.name} was written by a newer Lectern (schema ${parsed.schemaVersion}); update Lectern to import this archive.`);
  }
  return parsed;
}

function recordProblem(record: unknown): string | null {
  if (!isObject(record)) return 'it is not an article record';
  if (!isArticleId(record.id)) return `its id “${String(record.id)}” is not an article id`;
  if (!isString(record.title)) return 'it has no title';
  if (!isObject(record.source) || !isString(record.source.kind) || !isString(record.source.value)) return 'it has no source';
  if (!isString(record.savedAt)) return 'it has no saved date';
  return null;
}

function highlightProblem(record: unknown): string | null {
  if (!isObject(record) || !isString(record.id) || !isArticleId(record.articleId)) return 'it is not a highlight record';
  const [quote, position] = Array.isArray(record.selectors) ? record.selectors : [];
  if (!isObject(quote) || !isString(quote.exact) || !isObject(position) || typeof position.start !== 'number') return 'its place in the text (W3C selectors) is missing';
  return null;
}

async function readRecords(bundle: ImportBundle, skipped: ImportReportLine[]): Promise<ArticleRecord[]> {
  const raw = await readDatabaseFile(bundle, DATA_FILES.library, null);
  let articles: unknown[];
  try {
    articles = migrateLibrary(raw, DATA_FILES.library.name).data.articles;
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    throw new ImportFormatError(`${bundle.name}: ${error.message} Nothing was imported.`);
  }
  const records: ArticleRecord[] = [];
  articles.forEach((record, index) => {
    const problem = recordProblem(record);
    const fields = isObject(record) ? record : {};
    if (problem) {
      const source = isObject(fields.source) ? fields.source : {};
      skipped.push({ where: `library.json article ${index + 1}`, url: source.kind === 'url' && isString(source.value) ? source.value : null, title: isString(fields.title) ? fields.title : null, reason: `Passed over: ${problem}.` });
    } else if (!fields.deletedAt) records.push(record as ArticleRecord);
  });
  return records;
}

async function readHighlights(bundle: ImportBundle, skipped: ImportReportLine[]): Promise<HighlightRecord[]> {
  const raw = await readDatabaseFile(bundle, DATA_FILES.highlights, { highlights: {} });
  const result: HighlightRecord[] = [];
  for (const list of Object.values(isObject(raw.highlights) ? raw.highlights : {})) {
    for (const record of Array.isArray(list) ? (list as unknown[]) : []) {
      const problem = highlightProblem(record);
      if (problem) skipped.push({ where: `highlights.json highlight ${String((record as Json | null)?.id ?? '')}`.trim(), url: null, title: null, reason: `Passed over: ${problem}.` });
      else if (!(record as HighlightRecord).deletedAt) result.push({ ...(record as HighlightRecord), deletedAt: null });
    }
  }
  return result;
}

/** Each stored setting this Lectern accepts, checked one by one, so one it does not know does not lose the others. */
function readSettings(raw: Json): Partial<Settings> {
  const settings: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    const checked = v.safeParse(api['settings.update'].input, { [key]: value });
    if (checked.success && key in checked.output) settings[key] = value;
  }
  return settings as Partial<Settings>;
}

function entriesOf<T>(raw: unknown, keep: (value: Json) => T | null): T[] {
  return (Array.isArray(raw) ? raw : []).flatMap((value: unknown) => {
    const kept = isObject(value) ? keep(value) : null;
    return kept === null ? [] : [kept];
  });
}

/** Reads and checks every database file of the archive; throws ImportFormatError for one that cannot be read at all. */
export async function readArchiveContents(bundle: ImportBundle): Promise<ArchiveContents> {
  const manifest = await readManifest(bundle);
  const skipped: ImportReportLine[] = [];
  const records = await readRecords(bundle, skipped);
  const highlights = await readHighlights(bundle, skipped);
  const notesFile = await readDatabaseFile(bundle, DATA_FILES.annotations, { notes: {} });
  const progressFile = await readDatabaseFile(bundle, DATA_FILES.progress, { progress: {} });
  const notes = new Map<string, ArchivedNote>();
  for (const [id, note] of Object.entries(isObject(notesFile.notes) ? notesFile.notes : {})) {
    if (isObject(note) && isString(note.text) && isString(note.updatedAt)) notes.set(id, { text: note.text, updatedAt: note.updatedAt });
  }
  const progress = new Map<string, ReadingProgress>();
  for (const [id, value] of Object.entries(isObject(progressFile.progress) ? progressFile.progress : {})) {
    if (isObject(value) && typeof value.fraction === 'number' && isString(value.updatedAt)) progress.set(id, value as unknown as ReadingProgress);
  }
  const { schemaVersion: _version, ...settings } = await readDatabaseFile(bundle, DATA_FILES.settings, {});
  const tags = await readDatabaseFile(bundle, DATA_FILES.tags, { colors: [] });
  const searches = await readDatabaseFile(bundle, DATA_FILES.savedSearches, { searches: [] });
  const pending = await readDatabaseFile(bundle, DATA_FILES.pendingCaptures, { items: [] });
  return {
    manifest,
    records,
    notes,
    progress,
    highlights,
    settings: readSettings(settings),
    tagColors: entriesOf(tags.colors, ({ key, color }) => (isString(key) && isOneOf(TAG_COLORS, color) ? { key, color } : null)),
    savedSearches: entriesOf(searches.searches, ({ id, name, query, createdAt }) =>
      isString(id) && isString(name) && isString(query) && isString(createdAt) ? { id, name, query, createdAt } : null,
    ),
    pendingUrls: entriesOf(pending.items, ({ url }) => (isString(url) ? url : null)),
    skipped,
  };
}
