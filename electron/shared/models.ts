/** Shapes that cross the boundary between core and every front end. Plain JSON only. */
import type { TextPositionSelector, TextQuoteSelector } from './annotations/selectors.ts';
import type { FontChoice, HighlightColor, LibraryFilter, LibrarySort, NotebookSort, SearchField, TagColor, ThemeName } from './vocabularies.ts';
import type { ErrorCode } from './errors.ts';
import type { ArticleDownload } from './models-migration.ts';

// The vocabularies' types, here too because every front end takes its shapes from this file.
export type { HighlightColor, LibraryFilter, LibrarySort, NotebookSort };

/** Where reading stopped: the nth readable block of the article body and a character offset inside it. */
export interface ReadingAnchor {
  block: number;
  offset: number;
}

export interface ReadingProgress {
  /** 0..1, how far through the article the reader has scrolled. */
  fraction: number;
  anchor: ReadingAnchor | null;
  updatedAt: string;
}

type ArticleSourceKind = 'file' | 'url' | 'pasted';

export interface ArticleSource {
  kind: ArticleSourceKind;
  /** File path, URL, or a short label for pasted content. */
  value: string;
}

export type TextDirection = 'ltr' | 'rtl';

/** Everything the library list needs to draw one row. */
export interface ArticleSummary {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  source: ArticleSource;
  savedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lang: string | null;
  dir: TextDirection;
  excerpt: string;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  archived: boolean;
  favorite: boolean;
  finishedAt: string | null;
  progress: ReadingProgress | null;
  hasNote: boolean;
  /** The article's tags, tidied by shared/tags.ts; highlights' tags share the same vocabulary. */
  tags: string[];
  /** Set while the article is a link whose text is not downloaded yet (an import's URL-only item), or whose download failed. */
  download?: ArticleDownload;
  /** Present in search results only: where the query matched and the passage to show. */
  match?: SearchMatch;
}

/** A full article record: the summary plus the reader's own note (Markdown). */
export interface Article extends ArticleSummary {
  note: string;
  noteUpdatedAt: string | null;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface Settings {
  theme: ThemeName;
  font: FontChoice;
  /** Body text size in px, 14..32. */
  fontSize: number;
  /** Reading column measure in em, 30..50. */
  lineWidth: number;
  notesPanelOpen: boolean;
  librarySort: LibrarySort;
  libraryFilter: LibraryFilter;
  lastOpenArticleId: string | null;
  window: WindowBounds | null;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** How many articles match the filter and query in all. */
  total: number;
  offset: number;
  /** With a query: what the parser made of it (hints for unknown operators, unbalanced quotes), and the index's state. */
  search?: { hints: string[]; status: SearchStatus };
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  sizeBytes: number;
  articleCount: number | null;
  /** False when a file in the backup is torn or of the wrong shape: it is listed, never offered for restore. */
  usable: boolean;
  /** What is wrong with an unusable backup, as a sentence; null for a usable one. */
  problem: string | null;
}

/** What rebuilding library.json from the article folders did, or would do (a dry run). */
export interface RebuildReport {
  /** Articles in the rebuilt library.json. */
  articleCount: number;
  /** Of those, how many came back from their folder's meta.json (the rest were read from an intact library.json). */
  fromFolders: number;
  /** Article folders with no readable meta.json: left where they are, not in the library. */
  unreadableFolders: string[];
  /** Database files kept as they were (notes, highlights, progress… that are intact). */
  keptFiles: string[];
  /** Damaged database files moved aside (never overwritten) instead of being kept. */
  setAsideFiles: string[];
  /** Where the previous files were moved; null for a dry run. */
  asideDir: string | null;
}

export type LibraryState =
  | { state: 'ok'; articleCount: number; dataDir: string; /** What opening finished after a crash, said once (crash-leftovers.ts). */ message?: string }
  | { state: 'corrupt'; message: string; dataDir: string; backups: BackupInfo[] }
  | { state: 'locked'; message: string; dataDir: string; /** The holder has gone silent: the reader may take the library over. */ mayTakeOver?: boolean };

/** Why one file could not be imported: its name, a code to branch on and a sentence a person can act on. */
export interface ImportFailure {
  name: string;
  code: ErrorCode;
  message: string;
}

/** What happened to one file of a batch (articles.importPaths); a single import fails through its Result instead. */
export type ImportOutcome = { name: string; ok: true; article: ArticleSummary } | ({ ok: false } & ImportFailure);

/** A highlight as stored: where it is (W3C selectors) and what the reader said about it. */
export interface Highlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  /** The reader's note on this passage, Markdown; '' when none. */
  note: string;
  tags: string[];
  /** W3C selectors; the position is in UTF-16 offsets into the article's text (textContent of #article-body). */
  selectors: [TextQuoteSelector, TextPositionSelector];
  createdAt: string;
  updatedAt: string;
}

/** A highlight placed in the article's current text; orphaned ones (words gone) have null offsets. */
export interface AnchoredHighlight extends Highlight {
  start: number | null;
  end: number | null;
  orphaned: boolean;
}

/** The article an item of the notebook belongs to, repeated on every item so a list can group by it. */
interface NotebookArticleRef {
  articleId: string;
  articleTitle: string;
  siteName: string | null;
}

/** One entry of the notebook: a highlight (with its quote) or an article's own note. */
export type NotebookItem =
  | (NotebookArticleRef & {
      kind: 'highlight';
      id: string;
      quote: string;
      color: HighlightColor;
      note: string;
      tags: string[];
      /** Offset of the highlight when it was last placed; orders highlights within an article. */
      position: number;
      createdAt: string;
      updatedAt: string;
    })
  | (NotebookArticleRef & {
      kind: 'note';
      /** `note-<articleId>`: stable, and never the same as a highlight id. */
      id: string;
      note: string;
      updatedAt: string;
    });

export interface NotebookPage {
  items: NotebookItem[];
  /** How many items match in all. */
  total: number;
  offset: number;
}

/** A link that is not saved yet: waiting for its first try, or failed and waiting for a retry. */
export interface PendingCapture {
  id: string;
  url: string;
  addedAt: string;
  /** Tries so far; 0 while the first one has not finished. */
  attempts: number;
  lastTriedAt: string | null;
  /** ISO time of the next automatic try; null when it waits for the user. */
  nextRetryAt: string | null;
  /** Why the last try failed; null before the first try has finished. */
  error: { code: ErrorCode; message: string } | null;
  /** The user asked to keep the whole page when no article is found. */
  wholePage: boolean;
  /** True while a try is running (not stored). */
  saving: boolean;
}

/** What happened to one URL. */
export type CaptureOutcome =
  /** existing: the link was already in the library (by shared/url-identity.ts), so nothing new was saved. */
  | { url: string; ok: true; article: ArticleSummary; pendingRemoved: string | null; existing?: boolean }
  /** pending is the kept item, or null for a link refused up front (file:, javascript:, not an address): never kept, it could never succeed. */
  | { url: string; ok: false; code: ErrorCode; message: string; pending: PendingCapture | null };

/** Where a search matched one article: the best field and a short passage with the matched words marked. */
export interface SearchMatch {
  field: SearchField;
  /** A passage of that field around the match, cut on word boundaries (with … where it was cut). */
  snippet: string;
  /** The matched words in snippet, as [start, end) UTF-16 offsets. */
  marks: { start: number; end: number }[];
  /**
   * For a body match: where the passage's first matched word is in the article's text (UTF-16 offsets into
   * the textContent of #article-body, as highlights use), so the reader can scroll there and mark it.
   */
  bodyRange: { start: number; end: number } | null;
  /** BM25 rank, higher is better (the sign is flipped from SQLite's, so it sorts the way people read it). */
  score: number;
}

/** The search index beside the library (search.sqlite): ready, or being built from the library with progress. */
export interface SearchStatus {
  state: 'ready' | 'building' | 'unavailable';
  /** Articles indexed so far and in all, while building. */
  done: number;
  total: number;
  /** Why search is unavailable, or what the build is doing, for people. */
  message: string | null;
}

/** One tag of the library's one vocabulary (articles and highlights share it). */
export interface TagInfo {
  name: string;
  color: TagColor | null;
  articleCount: number;
  highlightCount: number;
}

/** What a bulk action changed: the ids whose state it really changed, so Undo reverses exactly those. */
export interface BulkChange {
  changed: string[];
}

/** A named query in the sidebar. */
export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  /** How many articles match it now. */
  count: number;
  createdAt: string;
}
