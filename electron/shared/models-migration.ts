/** Shapes of moving a library in (imports from other services) and out (the archive), and of background downloads. */
import type { ErrorCode } from './errors.ts';
import type { MigrationFormat } from './vocabularies.ts';

/** An entry of an export that was not imported, or failed later: where it was, what it was, why. */
export interface ImportReportLine {
  /** "part_000001.csv line 12" */
  where: string;
  url: string | null;
  title: string | null;
  reason: string;
}

/** What a file holds, counted before anything is written: the import preview. */
export interface ImportPreview {
  importId: string;
  fileName: string;
  format: MigrationFormat;
  /** "Pocket export", "Omnivore export", "Lectern archive". */
  formatLabel: string;
  /** Articles that will be added (duplicates within the file counted once, those already in the library not counted). */
  articles: number;
  /** Of those, how many bring their text (readable at once); the rest are links to download. */
  withContent: number;
  highlights: number;
  notes: number;
  /** Distinct tags in the file; how many of them the library does not have yet. */
  tags: number;
  newTags: number;
  /** The same article twice in the file (kept once, merged). */
  duplicatesInFile: number;
  /** Articles already in the library: kept, enriched with the file's tags, highlights and the earlier date. */
  alreadyInLibrary: number;
  /** Entries passed over (feeds, mailto: links, entries without an address), each with its reason. */
  skipped: number;
  /** The first skipped entries, for the preview; the full list is in the report. */
  skippedSample: ImportReportLine[];
  /** A few titles, so people can see it is the right file. */
  sampleTitles: string[];
  /** Things the format cannot carry, said once ("Pocket exports do not include favourites."). */
  caveats: string[];
  /**
   * When this very file (the same bytes) was imported before, among the last few imports: finished (a second
   * import adds only what is missing) or stopped by a crash (a second import finishes it). Null otherwise.
   */
  importedBefore: { at: string; finished: boolean } | null;
}

/** How an import ended. */
export interface ImportReport {
  importId: string;
  fileName: string;
  format: MigrationFormat;
  formatLabel: string;
  startedAt: string;
  finishedAt: string;
  added: number;
  /** Articles already in the library that got tags, highlights or an earlier date from the file. */
  enriched: number;
  highlights: number;
  /** Highlights waiting for their article's text, placed when it is downloaded. */
  highlightsWaiting: number;
  /** Links queued for download in the background. */
  queuedForDownload: number;
  skipped: ImportReportLine[];
  failed: ImportReportLine[];
  /** True while Undo can still take the whole import back (nothing imported has been changed since). */
  undoable: boolean;
}

/** Background downloads of articles that arrived as links only (imports, `lectern add --no-fetch`). */
export interface DownloadStatus {
  /** Waiting for their turn. */
  queued: number;
  /** Being downloaded now. */
  active: number;
  /** Tried and failed for good (each keeps its reason on the article); retry puts them back. */
  failed: number;
  /** Downloaded since the queue last started. */
  done: number;
  paused: boolean;
  /** Articles a minute over the last minutes; null before there is enough to tell. */
  perMinute: number | null;
  /** Seconds until the queue is empty at that rate; null when unknown. */
  secondsLeft: number | null;
}

/**
 * An article that is not downloaded yet (its record exists, its text does not): queued for the background
 * downloads, held until the reader asks (`lectern import --no-fetch`), or failed with its reason. With
 * imagesOnly, the text is here and readable (an export carried it) and only the pictures it names on the
 * web wait to be fetched: the reader shows a quiet placeholder for each meanwhile (shared/article-download.ts).
 */
export interface ArticleDownload {
  state: 'queued' | 'held' | 'failed';
  attempts: number;
  error: { code: ErrorCode; message: string } | null;
  imagesOnly?: true;
}
