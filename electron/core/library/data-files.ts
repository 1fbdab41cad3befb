/**
 * The library's database files, each once: its name in the library folder and how it is treated.
 * The loader, the library, the highlight store, the pending list and the backups all read it from here,
 * so a new file is one row and its policy cannot differ between the place that writes it and the one
 * that backs it up.
 */
import { join } from 'node:path';

export interface DataFile {
  /** The file's name in the library folder. */
  readonly name: string;
  /** Writes are fsync'd before they count as done; false where losing the last second is harmless. */
  readonly durable: boolean;
  /**
   * A damaged copy is moved aside (NAME.damaged-STAMP) and the file starts afresh, instead of keeping
   * the library closed with the restore offer: for what can be rebuilt or re-entered.
   */
  readonly startAfresh: boolean;
  /** The schema this Lectern writes; a file with a higher one was written by a newer Lectern and is refused. */
  readonly schemaVersion: number;
}

export const DATA_FILES = {
  library: { name: 'library.json', durable: true, startAfresh: false, schemaVersion: 1 },
  annotations: { name: 'annotations.json', durable: true, startAfresh: false, schemaVersion: 1 },
  highlights: { name: 'highlights.json', durable: true, startAfresh: false, schemaVersion: 1 },
  // Rewritten on a delay from progress.journal (progress-journal.ts), which it must outlive before the journal goes.
  progress: { name: 'progress.json', durable: true, startAfresh: true, schemaVersion: 1 },
  settings: { name: 'settings.json', durable: true, startAfresh: true, schemaVersion: 1 },
  // The links can be typed again; losing them is bad, keeping the library closed for them is worse.
  pendingCaptures: { name: 'pending-captures.json', durable: true, startAfresh: true, schemaVersion: 1 },
  // Tag colours only (tags themselves live on articles and highlights): a colour is one click to pick again.
  tags: { name: 'tags.json', durable: true, startAfresh: true, schemaVersion: 1 },
  // Named queries can be retyped; a damaged file must not keep the library closed.
  savedSearches: { name: 'saved-searches.json', durable: true, startAfresh: true, schemaVersion: 1 },
  // Whether background downloads are paused; the queue itself is derived from the articles. One click to set again.
  downloads: { name: 'downloads.json', durable: true, startAfresh: true, schemaVersion: 1 },
  // The browser connection: on or off, paired browsers (tokens as sha-256 only) and what each saved lately.
  // Pairing again takes a click in each; a damaged file must not keep the library closed.
  browserConnection: { name: 'browser-connection.json', durable: true, startAfresh: true, schemaVersion: 1 },
} as const satisfies Record<string, DataFile>;

/** Every database file; bodies are not among them (they are written once, never rewritten). */
export const DATABASE_FILES: readonly DataFile[] = Object.values(DATA_FILES);

/** Where a database file lives in a library folder. */
export function dataFilePath(dataDir: string, file: DataFile): string {
  return join(dataDir, file.name);
}
