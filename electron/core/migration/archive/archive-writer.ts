/**
 * Writes the whole library into one zip (archive-format.ts): the database files as they are on disk after
 * every pending write was flushed, then each article's folder, streamed file by file so a library of
 * gigabytes never sits in memory. The zip is written beside its destination and renamed into place, so a
 * failed or interrupted export never leaves a half archive under the chosen name.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { ErrorCode } from '../../../shared/errors.ts';
import { CoreError } from '../../core-error.ts';
import { DATA_FILES, DATABASE_FILES, dataFilePath } from '../../library/data-files.ts';
import { ARTICLES_FOLDER, isArticleId, MANIFEST_NAME, newManifest } from './archive-format.ts';

/** Images and fonts are compressed already: deflating them again costs time and saves nothing. */
const STORED_AS_IS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.woff', '.woff2', '.zip', '.pdf']);

/** Each database file's bytes, read in one go so the archive holds one moment of the library. */
async function snapshotDatabase(dataDir: string): Promise<Map<string, Buffer>> {
  const snapshot = new Map<string, Buffer>();
  for (const file of DATABASE_FILES) {
    try {
      snapshot.set(file.name, await readFile(dataFilePath(dataDir, file)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return snapshot;
}

/** The ids in the snapshot's library.json, and how many of them are not deleted. */
function articlesOf(snapshot: Map<string, Buffer>): { ids: string[]; live: number } {
  const raw = snapshot.get(DATA_FILES.library.name);
  if (!raw) return { ids: [], live: 0 };
  const parsed = JSON.parse(raw.toString('utf8')) as { articles?: { id?: unknown; deletedAt?: unknown }[] };
  const records = (parsed.articles ?? []).filter((record) => isArticleId(record?.id));
  return { ids: records.map((record) => record.id as string), live: records.filter((record) => !record.deletedAt).length };
}

/** Every file in one article's folder, as paths relative to it; temporary files of an atomic write are left out. */
async function folderFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !(entry.name.startsWith('.') && entry.name.endsWith('.tmp')))
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch (error) {
    // A URL-only article (not downloaded yet) has no folder.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function fillZip(zip: yazl.ZipFile, dataDir: string, appVersion: string): Promise<void> {
  const snapshot = await snapshotDatabase(dataDir);
  const { ids, live } = articlesOf(snapshot);
  zip.addBuffer(Buffer.from(JSON.stringify(newManifest(appVersion, live), null, 2)), MANIFEST_NAME);
  for (const [name, bytes] of snapshot) zip.addBuffer(bytes, name);
  for (const id of ids) {
    const folder = join(dataDir, ARTICLES_FOLDER, id);
    for (const inner of await folderFiles(folder)) {
      zip.addFile(join(folder, inner), `${ARTICLES_FOLDER}/${id}/${inner}`, { compress: !STORED_AS_IS.has(extname(inner).toLowerCase()) });
    }
  }
  zip.end();
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function writeFailed(path: string, dataDir: string, error: unknown): CoreError {
  if (error instanceof CoreError) return error;
  const { code, path: failedPath = '' } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT' && failedPath.startsWith(join(dataDir, ARTICLES_FOLDER))) {
    return new CoreError(ErrorCode.io, `An article was deleted while the archive was being written (${basename(failedPath)} was gone); export again.`);
  }
  if (code === 'ENOENT' && failedPath.startsWith(join(path, '..'))) {
    return new CoreError(ErrorCode.io, `Lectern could not write ${path}: its folder does not exist. Choose a folder that exists.`);
  }
  if (code === 'EACCES' || code === 'EPERM') return new CoreError(ErrorCode.io, `Lectern may not write ${path}; choose a folder you can write to.`);
  if (code === 'ENOSPC') return new CoreError(ErrorCode.io, `The disk is full: ${basename(path)} could not be written. Free some space and export again.`);
  return new CoreError(ErrorCode.io, `Lectern could not write the archive ${path}: ${(error as Error).message}. Nothing was written under that name.`);
}

/** Writes the library in dataDir as one zip at path (atomically); call it only after pending writes were flushed. */
export async function writeArchive(dataDir: string, path: string, appVersion: string): Promise<{ path: string; sizeBytes: number }> {
  const temp = join(path, '..', `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.partial`);
  const zip = new yazl.ZipFile();
  // The zip reports a file it cannot read (an article purged meanwhile) on itself, not on its output stream.
  const zipFailed = new Promise<never>((_, reject) => zip.on('error', reject));
  const output = createWriteStream(temp);
  try {
    await Promise.race([Promise.all([fillZip(zip, dataDir, appVersion), pipeline(zip.outputStream, output)]), zipFailed]);
    await syncFile(temp);
    await rename(temp, path);
  } catch (error) {
    output.destroy();
    await rm(temp, { force: true });
    throw writeFailed(path, dataDir, error);
  }
  return { path, sizeBytes: (await stat(path)).size };
}
