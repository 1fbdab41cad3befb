/**
 * The one API table. Every method a front end may call is declared here once, with the
 * schema its input must satisfy and the type it returns. Core's dispatch validates against
 * these schemas; the preload, the browser shell and the renderer client are derived from it.
 */
import * as v from 'valibot';
import { articleId, articleListSortSchema, libraryFilterSchema, librarySortSchema, method, returns, searchQuery, RECORD_ID } from './contract-schemas.ts';
import { searchMethods } from './contract-search.ts';
import { tagMethods } from './contract-tags.ts';
import { migrationMethods } from './contract-migration.ts';
import { connectionMethods } from './contract-connection.ts';
import { EXPORT_FORMATS, FONT_SIZES, FONTS, HIGHLIGHT_COLORS, LINE_WIDTHS, NOTEBOOK_SORTS, TEXT_FORMATS, THEMES } from './vocabularies.ts';
import type {
  AnchoredHighlight,
  Article,
  ArticlePage,
  ArticleSummary,
  BackupInfo,
  CaptureOutcome,
  PendingCapture,
  Highlight,
  ImportOutcome,
  LibraryState,
  RebuildReport,
  NotebookPage,
  Settings,
} from './models.ts';

const id = articleId;
const anchor = v.object({
  block: v.pipe(v.number(), v.integer(), v.minValue(0)),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const highlightId = v.pipe(v.string(), v.regex(RECORD_ID, 'not a highlight id'));
const highlightColorSchema = v.picklist(HIGHLIGHT_COLORS);
const highlightNote = v.pipe(v.string(), v.maxLength(100_000));
const highlightTags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50));
const textOffset = v.pipe(v.number(), v.integer(), v.minValue(0));


const settingsPatch = v.partial(
  v.object({
    theme: v.picklist(THEMES),
    font: v.picklist(FONTS),
    fontSize: v.pipe(v.number(), v.integer(), v.minValue(FONT_SIZES[0]), v.maxValue(FONT_SIZES.at(-1)!)),
    lineWidth: v.pipe(v.number(), v.minValue(LINE_WIDTHS[0]), v.maxValue(LINE_WIDTHS.at(-1)!)),
    notesPanelOpen: v.boolean(),
    librarySort: librarySortSchema,
    libraryFilter: libraryFilterSchema,
    lastOpenArticleId: v.nullable(id),
    window: v.nullable(
      v.object({
        x: v.optional(v.number()),
        y: v.optional(v.number()),
        width: v.pipe(v.number(), v.minValue(200)),
        height: v.pipe(v.number(), v.minValue(200)),
        maximized: v.optional(v.boolean()),
      }),
    ),
  }),
);

export const api = {
  'library.status': method(v.object({}), returns<LibraryState>()),
  'library.listBackups': method(v.object({}), returns<BackupInfo[]>()),
  /** Replaces the database with a backup; the current file is kept aside, never deleted. */
  'library.restoreBackup': method(v.object({ backupId: v.string() }), returns<LibraryState>()),
  /** Opens a library locked by a process that has stopped refreshing its lock (not running); a running holder keeps it. */
  'library.takeOver': method(v.object({}), returns<LibraryState>()),
  /** Rebuilds library.json from every article folder's meta.json (also when it is damaged); dryRun only reports. */
  'library.rebuild': method(v.object({ dryRun: v.optional(v.boolean()) }), returns<{ report: RebuildReport; state: LibraryState }>()),

  'articles.list': method(
    v.object({
      offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
      sort: articleListSortSchema,
      filter: libraryFilterSchema,
      /** The search box: the query language of shared/search-query.ts; '' lists everything the filter keeps. */
      query: v.optional(searchQuery, ''),
      /** The query is still being typed: its last word matches as a prefix. The search box's default; the CLI says false. */
      typing: v.optional(v.boolean(), true),
    }),
    returns<ArticlePage>(),
  ),
  'articles.get': method(v.object({ id }), returns<Article>()),
  /** Imports one file given as bytes (base64), so both shells can use it the same way. */
  'articles.importFile': method(
    v.object({
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
      dataBase64: v.string(),
      sourcePath: v.optional(v.string()),
    }),
    returns<ArticleSummary>(),
  ),
  /** Imports files the shell already knows by path (native open dialog, CLI); one outcome per file, then 'import.finished'. */
  'articles.importPaths': method(
    v.object({ paths: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(10000)) }),
    returns<ImportOutcome[]>(),
  ),
  /** Pasted text: plain text, Markdown or HTML from the clipboard. */
  'articles.importText': method(
    v.object({
      text: v.pipe(v.string(), v.minLength(1)),
      format: v.picklist(TEXT_FORMATS),
      title: v.optional(v.string()),
    }),
    returns<ArticleSummary>(),
  ),
  'articles.update': method(
    v.object({
      id,
      patch: v.partial(
        v.object({
          archived: v.boolean(),
          favorite: v.boolean(),
          finished: v.boolean(),
          title: v.pipe(v.string(), v.trim(), v.minLength(1, 'a title cannot be empty'), v.maxLength(500)),
        }),
      ),
    }),
    returns<ArticleSummary>(),
  ),
  /** Hides the article at once; its files are removed only after the undo window passes. */
  'articles.delete': method(v.object({ id }), returns<{ id: string; undoUntil: string }>()),
  'articles.undoDelete': method(v.object({ id }), returns<ArticleSummary>()),

  /** Saves links from the web; the ones that fail are kept as pending and retried. */
  'articles.addUrls': method(
    v.object({
      urls: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(8192))), v.minLength(1), v.maxLength(200)),
      wholePage: v.optional(v.boolean()),
    }),
    returns<CaptureOutcome[]>(),
  ),
  'pending.list': method(v.object({}), returns<PendingCapture[]>()),
  /** Tries pending links again now: one by id, or all of them. */
  'pending.retry': method(
    v.object({ id: v.optional(v.string()), wholePage: v.optional(v.boolean()) }),
    returns<CaptureOutcome[]>(),
  ),
  'pending.remove': method(v.object({ id: v.string() }), returns<{ removed: boolean }>()),

  'progress.save': method(
    v.object({
      id,
      fraction: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      anchor: v.nullable(anchor),
    }),
    returns<{ finished: boolean }>(),
  ),

  'notes.save': method(
    v.object({ id, note: v.pipe(v.string(), v.maxLength(1_000_000)) }),
    returns<{ noteUpdatedAt: string }>(),
  ),

  /** One article as a file's content; the shell decides where it goes (save dialog, CLI --out). */
  'articles.export': method(
    v.object({
      id,
      /** annotations: the article's highlights as W3C Web Annotation JSON-LD. */
      format: v.picklist(EXPORT_FORMATS),
      /** Markdown only: the article's text after the notes and highlights. */
      withBody: v.optional(v.boolean(), false),
    }),
    returns<{ fileName: string; content: string }>(),
  ),

  /** An article's highlights in reading order, re-placed in its current text; orphans come last, flagged. */
  'highlights.list': method(v.object({ articleId: id }), returns<AnchoredHighlight[]>()),
  /** Offsets are into the textContent of #article-body; core builds the selectors. */
  'highlights.create': method(
    v.object({
      articleId: id,
      start: textOffset,
      end: textOffset,
      color: highlightColorSchema,
      note: v.optional(highlightNote),
      tags: v.optional(highlightTags),
      /** The selected text as the renderer saw it; when given, core refuses offsets that select something else. */
      quote: v.optional(v.pipe(v.string(), v.maxLength(1_000_000))),
    }),
    returns<AnchoredHighlight>(),
  ),
  'highlights.update': method(
    v.object({ id: highlightId, color: v.optional(highlightColorSchema), note: v.optional(highlightNote), tags: v.optional(highlightTags) }),
    returns<Highlight>(),
  ),
  'highlights.delete': method(v.object({ id: highlightId }), returns<{ id: string; undoUntil: string }>()),
  'highlights.undoDelete': method(v.object({ id: highlightId }), returns<AnchoredHighlight>()),
  /** Highlights and article notes across the library; every item names its article. */
  'notebook.list': method(
    v.object({
      offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
      sort: v.picklist(NOTEBOOK_SORTS),
      color: v.optional(highlightColorSchema),
      tag: v.optional(v.pipe(v.string(), v.maxLength(200))),
      query: v.optional(v.pipe(v.string(), v.maxLength(500))),
      articleId: v.optional(id),
    }),
    returns<NotebookPage>(),
  ),

  ...tagMethods,
  ...searchMethods,
  ...migrationMethods,
  ...connectionMethods,

  'settings.get': method(v.object({}), returns<Settings>()),
  'settings.update': method(settingsPatch, returns<Settings>()),
} as const;

type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = v.InferInput<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = v.InferOutput<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = Api[M]['output'];

export const methodNames = Object.keys(api) as MethodName[];

/** True when name is a method of the contract; guards untrusted names from IPC. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/**
 * Methods only the shells themselves call (main's open dialog, the CLI). Reading any path on disk is
 * not something page code should be able to ask for, so the bridge refuses them.
 */
const shellOnlyMethods: ReadonlySet<MethodName> = new Set<MethodName>(['articles.importPaths', 'migration.previewPath', 'library.exportArchiveTo', 'downloads.runUntilIdle', 'articles.addFromSaveLink']);

/** True when the renderer may call this method through the bridge. */
export function isRendererMethod(name: unknown): name is MethodName {
  return isMethodName(name) && !shellOnlyMethods.has(name);
}
