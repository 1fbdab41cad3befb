/**
 * Article folders out of an archive and into the library. Every entry under `articles/` must be a plain
 * path inside a folder named by a valid article id, checked before anything is written; the files are then
 * unpacked into a staging folder beside `articles/` and moved into place only once all of them were read, so
 * a damaged or cut-short archive leaves the library as it was.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { articleEntry } from './archive-format.ts';

/** The archive's article files by article id; refuses the archive when an entry under articles/ is not one Lectern writes. */
export function articleFilesOf(bundle: ImportBundle): Map<string, { inner: string; file: BundleFile }[]> {
  const byId = new Map<string, { inner: string; file: BundleFile }[]>();
  for (const file of bundle.files) {
    const entry = articleEntry(file.path);
    if (entry === null) continue;
    if ('problem' in entry) {
      throw new ImportFormatError(`${bundle.name}: the entry “${file.path}” is not a file Lectern writes (${entry.problem}); nothing was imported.`);
    }
    let list = byId.get(entry.id);
    if (!list) byId.set(entry.id, (list = []));
    list.push({ inner: entry.inner, file });
  }
  return byId;
}

/** The path for `inner` inside `folder`, or null when it would land anywhere else. */
function insideFolder(folder: string, inner: string): string | null {
  const base = resolve(folder);
  const target = resolve(base, ...inner.split('/'));
  return target.startsWith(base + sep) ? target : null;
}

async function unpack(bundleName: string, folder: string, inner: string, file: BundleFile): Promise<void> {
  const target = insideFolder(folder, inner);
  if (target === null) throw new ImportFormatError(`${bundleName}: “${file.path}” would be written outside its article folder; nothing was imported.`);
  await mkdir(dirname(target), { recursive: true });
  await pipeline(Readable.from(file.stream()), createWriteStream(target));
}

/**
 * Puts the folders of `ids` from the archive into `articlesRoot`: all unpacked first, then each moved into
 * place. Throws (having moved nothing) when any file cannot be read; the staging folder is always removed.
 */
export async function restoreArticleFolders(bundle: ImportBundle, ids: readonly string[], articlesRoot: string): Promise<void> {
  const files = articleFilesOf(bundle);
  const wanted = ids.filter((id) => files.has(id));
  if (wanted.length === 0) return;
  const staging = join(articlesRoot, '..', `.archive-restore-${randomUUID()}`);
  try {
    for (const id of wanted) {
      const folder = join(staging, id);
      for (const { inner, file } of files.get(id) ?? []) await unpack(bundle.name, folder, inner, file);
    }
    await mkdir(articlesRoot, { recursive: true });
    for (const id of wanted) {
      const destination = insideFolder(articlesRoot, id);
      if (destination === null) continue;
      // The library has no record for this id (it was planned as new), so a folder there is a leftover of an interrupted purge.
      await rm(destination, { recursive: true, force: true });
      await rename(join(staging, id), destination);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
