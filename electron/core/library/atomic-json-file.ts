import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Thrown when a database file exists but cannot be parsed; the file is left untouched. */
export class CorruptFileError extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`${basename(path)} is damaged (${reason}).`);
    this.name = 'CorruptFileError';
    this.path = path;
  }
}

/** Thrown for a file a newer Lectern wrote: it is fine, this Lectern just must not read or rewrite it. */
export class NewerFileError extends CorruptFileError {
  constructor(path: string, version: number) {
    super(path, `it was written by a newer Lectern (schema ${version}); update Lectern to open it`);
    this.name = 'NewerFileError';
  }
}

let tempCounter = 0;

/** Writes a file so that a crash leaves either the old or the new content, never a torn one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, durable = true): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDirectory(dirname(path));
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; some platforms cannot open directories, which is fine to skip.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here */
  }
}

/**
 * lowdb adapter with atomic, fsync'd writes, and reads that refuse to treat a damaged file as empty
 * (lowdb's own JSONFile would hand back null and the next write would overwrite the user's library),
 * or a file from a newer Lectern as one of ours (its next write would drop what this one does not know).
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #durable: boolean;
  readonly #schemaVersion: number;
  constructor(path: string, options: { durable?: boolean; schemaVersion?: number } = {}) {
    this.path = path;
    this.#durable = options.durable ?? true;
    this.#schemaVersion = options.schemaVersion ?? Number.POSITIVE_INFINITY;
  }

  async read(): Promise<T | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let text: string;
    try {
      // Fatal: bytes that are not UTF-8 are damage, not text to read with replacement characters and write back.
      // A byte order mark (an editor's save) is dropped by the decoder, so such a file reads as it is.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CorruptFileError(this.path, 'it is not UTF-8 text');
    }
    if (text.trim() === '') throw new CorruptFileError(this.path, 'the file is empty');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(this.path, (error as Error).message);
    }
    // lowdb would take null for a missing file and start afresh over it.
    if (data === null) throw new CorruptFileError(this.path, 'it holds null instead of Lectern\'s data');
    const version = (data as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > this.#schemaVersion) throw new NewerFileError(this.path, version);
    return data as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data), this.#durable);
  }
}
