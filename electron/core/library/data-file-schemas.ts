/**
 * The shape of every database file, checked whole on load: a file either matches (after its migrations)
 * or it is damaged. Records are never dropped one by one: a single broken record makes the file damaged,
 * so nothing the reader wrote disappears without the restore screen saying so. Only what the code relies
 * on is checked; unknown fields are kept (a newer Lectern's additions survive a downgrade's writes).
 */
import * as v from 'valibot';
import { articleId } from '../../shared/contract-schemas.ts';
import { FONTS, FONT_SIZES, HIGHLIGHT_COLORS, LIBRARY_FILTERS, LIBRARY_SORTS, LINE_WIDTHS, TAG_COLORS, THEMES } from '../../shared/vocabularies.ts';
import { DATA_FILES, type DataFile } from './data-files.ts';
import { describeIssue, describeValue } from './data-file-problems.ts';
import { migrateLibrary } from './migrations.ts';
import type { ArticleRecord } from './schema.ts';
import { CorruptFileError } from './atomic-json-file.ts';
import { isSettledArticleRecord } from './settled-article-record.ts';

const text = v.string();
const maybeText = v.nullable(v.string());
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const schemaVersion = v.optional(v.number());
const failure = v.nullable(v.looseObject({ code: text, message: text }));

/**
 * What an article record must hold (id, title, source, saved date) and the type of everything else. A field
 * that is missing gets its default (records that came through an archive or an older Lectern may lack one);
 * a field that is there with the wrong type is damage.
 */
const articleRecord = v.pipe(
  v.looseObject({
    id: articleId,
    title: text,
    source: v.looseObject({ kind: v.picklist(['file', 'url', 'pasted']), value: text }),
    savedAt: text,
    updatedAt: v.optional(text),
    byline: v.optional(maybeText, null),
    siteName: v.optional(maybeText, null),
    publishedAt: v.optional(maybeText, null),
    lang: v.optional(maybeText, null),
    dir: v.optional(v.picklist(['ltr', 'rtl']), 'ltr'),
    excerpt: v.optional(text, ''),
    tags: v.optional(v.array(text), []),
    leadImage: v.optional(maybeText, null),
    canonicalUrl: v.optional(maybeText, null),
    wordCount: v.optional(count, 0),
    readingMinutes: v.optional(count, 0),
    archived: v.optional(v.boolean(), false),
    favorite: v.optional(v.boolean(), false),
    finishedAt: v.optional(maybeText, null),
    deletedAt: v.optional(maybeText, null),
    download: v.optional(v.looseObject({ state: v.picklist(['queued', 'held', 'failed']), attempts: count, error: v.optional(failure, null) })),
  }),
  // The output is valibot's own copy, so it is filled in place (a library can hold tens of thousands).
  v.transform((record) => Object.assign(record, { updatedAt: record.updatedAt ?? record.savedAt })),
);

/** A highlight must say where it is (its quote and offsets); the rest has defaults, as for articles. */
const highlightRecord = v.pipe(
  v.looseObject({
    id: text,
    articleId: text,
    color: v.optional(v.picklist(HIGHLIGHT_COLORS), 'yellow'),
    note: v.optional(text, ''),
    tags: v.optional(v.array(text), []),
    selectors: v.tuple([
      v.looseObject({ type: v.optional(v.literal('TextQuoteSelector'), 'TextQuoteSelector'), exact: text, prefix: v.optional(text, ''), suffix: v.optional(text, '') }),
      v.looseObject({ type: v.optional(v.literal('TextPositionSelector'), 'TextPositionSelector'), start: offset, end: v.optional(offset) }),
    ]),
    createdAt: v.optional(text, ''),
    updatedAt: v.optional(text),
    deletedAt: v.optional(maybeText, null),
  }),
  v.transform((record) => {
    const [quote, position] = record.selectors;
    const end = position.end ?? position.start + quote.exact.length;
    return { ...record, selectors: [quote, { ...position, end }] as const, updatedAt: record.updatedAt ?? record.createdAt };
  }),
);

const readingProgress = v.looseObject({
  fraction: v.pipe(v.number(), v.finite()),
  anchor: v.optional(v.nullable(v.looseObject({ block: offset, offset })), null),
  updatedAt: text,
});

const pendingLink = v.looseObject({
  id: text,
  url: text,
  addedAt: text,
  attempts: v.optional(count, 0),
  lastTriedAt: v.optional(maybeText, null),
  nextRetryAt: v.optional(maybeText, null),
  error: v.optional(failure, null),
  wholePage: v.optional(v.boolean(), false),
});

const windowBounds = v.looseObject({
  x: v.optional(v.number()),
  y: v.optional(v.number()),
  width: v.number(),
  height: v.number(),
  maximized: v.optional(v.boolean()),
});

/** One schema per row of DATA_FILES: the type makes a new row without one a compile error. */
const SCHEMAS: Record<keyof typeof DATA_FILES, v.GenericSchema> = {
  library: v.looseObject({ schemaVersion, articles: v.array(articleRecord) }),
  annotations: v.looseObject({ schemaVersion, notes: v.record(text, v.looseObject({ text, updatedAt: text })) }),
  highlights: v.looseObject({ schemaVersion, highlights: v.record(text, v.array(highlightRecord)) }),
  progress: v.looseObject({ schemaVersion, progress: v.record(text, readingProgress) }),
  settings: v.looseObject({
    schemaVersion,
    theme: v.optional(v.picklist(THEMES)),
    font: v.optional(v.picklist(FONTS)),
    fontSize: v.optional(v.pipe(v.number(), v.minValue(Math.min(...FONT_SIZES)), v.maxValue(Math.max(...FONT_SIZES)))),
    lineWidth: v.optional(v.pipe(v.number(), v.minValue(Math.min(...LINE_WIDTHS)), v.maxValue(Math.max(...LINE_WIDTHS)))),
    notesPanelOpen: v.optional(v.boolean()),
    librarySort: v.optional(v.picklist(LIBRARY_SORTS)),
    libraryFilter: v.optional(v.picklist(LIBRARY_FILTERS)),
    lastOpenArticleId: v.optional(maybeText),
    window: v.optional(v.nullable(windowBounds)),
  }),
  pendingCaptures: v.looseObject({ schemaVersion, items: v.array(pendingLink) }),
  tags: v.looseObject({ schemaVersion, colors: v.array(v.looseObject({ key: text, color: v.picklist(TAG_COLORS) })) }),
  savedSearches: v.looseObject({
    schemaVersion,
    searches: v.array(v.looseObject({ id: text, name: text, query: text, createdAt: text })),
  }),
  downloads: v.looseObject({ schemaVersion, paused: v.boolean() }),
  browserConnection: v.looseObject({
    schemaVersion,
    enabled: v.boolean(),
    browsers: v.array(
      v.looseObject({ id: text, client: text, tokenHash: v.pipe(text, v.regex(/^[0-9a-f]{64}$/)), pairedAt: text, lastUsedAt: v.optional(maybeText, null) }),
    ),
    saves: v.array(v.looseObject({ browserId: text, articleId: text, savedAt: text, created: v.boolean() })),
  }),
};

const SCHEMA_BY_NAME = new Map<string, v.GenericSchema>(Object.entries(SCHEMAS).map(([key, schema]) => [DATA_FILES[key as keyof typeof DATA_FILES].name, schema]));

/** An article record read from outside library.json (an article folder's meta.json), with its defaults; null when it is not one. */
export function readArticleRecord(raw: unknown): ArticleRecord | null {
  const result = v.safeParse(articleRecord, raw);
  return result.success ? (result.output as unknown as ArticleRecord) : null;
}

/** What is wrong with a record about to be stored (it would make library.json damaged at the next open), or null. */
export function articleRecordProblem(record: unknown): string | null {
  const result = v.safeParse(SCHEMAS.library, { articles: [record] });
  if (result.success) return null;
  return describeIssue(result.issues[0]).replace(/^article 1(?: \(id ([^)]*)\))?/, (_match, id?: string) => (id ? `article ${id}` : 'the article'));
}

/**
 * Brings parsed file content up to this Lectern's schema and checks all of it: answers the data to use and
 * whether a migration changed it, or throws CorruptFileError with a sentence naming the broken record.
 */
export function parseDataFile(file: DataFile, raw: unknown, path: string): { data: unknown; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptFileError(path, `it holds ${describeValue(raw)} instead of Lectern's data`);
  }
  const migration = file.name === DATA_FILES.library.name ? migrateLibrary(raw, path) : { data: raw, migrated: false };
  const schema = SCHEMA_BY_NAME.get(file.name);
  if (!schema) throw new CorruptFileError(path, 'this Lectern has no description of it');
  const settled = file.name === DATA_FILES.library.name ? settledArticles(migration.data) : null;
  // Records as this Lectern writes them need no schema pass (the slow part of opening a big library): the
  // rest of the file is still checked, and any other record sends the whole list through the schema.
  const result = v.safeParse(schema, settled ? { ...migration.data, articles: [] } : migration.data);
  if (!result.success) throw new CorruptFileError(path, describeIssue(result.issues[0]));
  const data = settled ? { ...(result.output as object), articles: settled } : result.output;
  return { data, migrated: migration.migrated };
}

function settledArticles(data: unknown): unknown[] | null {
  const articles = (data as { articles?: unknown }).articles;
  return Array.isArray(articles) && articles.every(isSettledArticleRecord) ? articles : null;
}
