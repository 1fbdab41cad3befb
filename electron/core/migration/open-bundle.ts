/** A chosen file as a bundle: a zip by its first bytes (never by its name), else a bundle of one file. */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCode } from '../../shared/errors.ts';
import { singleFileBundle, type ImportBundle } from './sources/import-bundle.ts';
import { ImportFormatError } from './sources/import-format-error.ts';
import { looksLikeZip, openZipBundle } from './sources/zip-bundle.ts';

export type OpenedBundle = ImportBundle & { close(): void };

async function firstBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Opens the file at path for the format readers; refuses a folder, a missing or an empty file with a sentence about it. */
export async function openBundle(path: string): Promise<OpenedBundle> {
  const displayName = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ImportFormatError(`${displayName} is a folder; choose the export file itself.`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportFormatError(`${displayName} does not exist.`, ErrorCode.notFound);
    if (code === 'EACCES') throw new ImportFormatError(`Lectern is not allowed to read ${displayName}.`, ErrorCode.io);
    throw error;
  }
  if (size === 0) throw new ImportFormatError(`${displayName} is empty.`, ErrorCode.emptyFile);
  if (looksLikeZip(await firstBytes(path))) {
    return openZipBundle(path);
  }
  return { ...(await singleFileBundle(path)), close: () => {} };
}
