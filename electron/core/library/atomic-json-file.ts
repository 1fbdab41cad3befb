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
 * (lowdb's own JSONFile would hand back null and the next write would overwrite the user's library).
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #durable: boolean;
  constructor(path: string, options: { durable?: boolean } = {}) {
    this.path = path;
    this.#durable = options.durable ?? true;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (text.trim() === '') throw new CorruptFileError(this.path, 'the file is empty');
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CorruptFileError(this.path, (error as Error).message);
    }
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data), this.#durable);
  }
}
