/**
 * The one shape every service's export is read into. A format reader (formats/*.ts) turns its file into
 * ImportEntry values; everything after that (duplicates, the preview, writing to the library, fetching
 * the URL-only items, placing highlights) knows nothing of the format.
 */
import type { HighlightColor, MigrationFormat } from '../../shared/vocabularies.ts';
import type { ImportBundle } from './sources/import-bundle.ts';

/** A highlight as an export holds it: usually a quote only, sometimes with its neighbours or offsets. */
export interface ImportedHighlight {
  /** The highlighted passage, whitespace as the export has it (placing normalises it). */
  quote: string;
  /** The reader's note on it, Markdown; '' when none. */
  note: string;
  tags: string[];
  color: HighlightColor | null;
  /** ISO 8601, or null when the export has no date. */
  createdAt: string | null;
  /**
   * Where the service said the passage is, when it said so in a form that survives: text before and after
   * it, or character offsets into the article's text. A hint for placing, checked against the quote.
   */
  context?: { prefix?: string; suffix?: string; start?: number; end?: number };
}

/** An article's body carried by the export itself (Omnivore, Wallabag, Readeck, Matter). */
export interface ImportedContent {
  kind: 'html' | 'markdown' | 'text';
  text: string;
  /**
   * Files the body refers to by a relative path (Readeck's `_resources/x.png`), read on demand from the
   * export; images it names by an absolute URL are fetched later with the URL-only items.
   */
  resources?: ReadonlyMap<string, () => Promise<Uint8Array>>;
}

/** One saved article as an export describes it. Every field an export lacks is null, [] or false. */
export interface ImportItem {
  /** Where in the file it came from, for the report: "part_000001.csv line 12", "metadata_0_to_49.json item 3". */
  where: string;
  /** The address as saved (http or https); null only for items that are text without one (a Karakeep note). */
  url: string | null;
  title: string | null;
  author: string | null;
  /** The service's excerpt or description. */
  description: string | null;
  siteName: string | null;
  tags: string[];
  archived: boolean;
  favorite: boolean;
  /** When the reader saved it, ISO 8601 (already clamped to a believable date), or null. */
  savedAt: string | null;
  publishedAt: string | null;
  /** How far the reader got, 0..1, or null when the export does not say. */
  progress: number | null;
  /** The reader's own note on the article, Markdown, or null. */
  note: string | null;
  content: ImportedContent | null;
  highlights: ImportedHighlight[];
}

/** An entry a reader passes over on purpose, said in the report with its reason (a feed row, a mailto: link). */
export interface SkippedEntry {
  where: string;
  url: string | null;
  title: string | null;
  reason: string;
}

export type ImportEntry = { kind: 'item'; item: ImportItem } | { kind: 'skipped'; skipped: SkippedEntry };

/** Reads one service's export. Readers are pure: they read the bundle and write nothing. */
export interface FormatReader {
  format: MigrationFormat;
  /** What the preview calls it: "Pocket export (2024–25)". */
  label: string;
  /** True when the bundle's content (entry names, CSV header, JSON shape, markers) is this format's. */
  detect(bundle: ImportBundle): Promise<boolean>;
  /**
   * Yields every entry of the export in file order. Throws ImportFormatError for a file it cannot read
   * at all (wrong shape, truncated), naming the file and the line or entry.
   */
  read(bundle: ImportBundle): AsyncIterable<ImportEntry>;
}

/** An ImportItem with every optional field empty: readers spread their fields over it. */
export function emptyItem(where: string): ImportItem {
  return {
    where,
    url: null,
    title: null,
    author: null,
    description: null,
    siteName: null,
    tags: [],
    archived: false,
    favorite: false,
    savedAt: null,
    publishedAt: null,
    progress: null,
    note: null,
    content: null,
    highlights: [],
  };
}
