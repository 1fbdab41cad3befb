// Libraries for the archive's tests: a small real one to export (notes, highlights, progress, tags, a
// colour, a saved search, settings, an image), and the open library a restore merges into.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OpenLibrary } from '../../../app/open-library.ts';
import { DATABASE_FILES } from '../../../library/data-files.ts';
import { openTestLibrary } from '../../../testing/test-library.ts';
import { openZipBundle } from '../../sources/zip-bundle.ts';

/** Builds a library with three articles and everything that hangs off them, exports it to zipPath, and closes it. */
export async function exportSampleLibrary(zipPath: string): Promise<{ dir: string; ids: string[] }> {
  const { dir, core, call, add, highlight } = await openTestLibrary();
  const ids = [await add('The mill by the river'), await add('Notes on slow reading'), await add('A third article')];
  const [first = '', second = ''] = ids;
  await call('articles.tag', { ids: [first, second], tags: ['rivers', 'Long read'] });
  await call('articles.update', { id: second, patch: { favorite: true, archived: true } });
  await call('notes.save', { id: first, note: 'Read this again in **spring**.' });
  await call('progress.save', { id: second, fraction: 0.5, anchor: { block: 1, offset: 4 } });
  await highlight(first, ['water']);
  await highlight(second, []);
  await call('tags.setColor', { name: 'rivers', color: 'teal' });
  await call('savedSearches.save', { name: 'Water', query: 'tag:rivers' });
  await call('settings.update', { theme: 'dark', fontSize: 20 });
  await mkdir(join(dir, 'articles', first, 'assets'), { recursive: true });
  await writeFile(join(dir, 'articles', first, 'assets', 'mill.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  const exported = await core.dispatch('library.exportArchiveTo', { path: zipPath });
  if (!exported.ok) throw new Error(`export failed: ${exported.message}`);
  await core.close();
  return { dir, ids };
}

/** Opens the library in dataDir as the app does (without the session), for restoring into it. */
export function openLibrary(dataDir: string): Promise<OpenLibrary> {
  return OpenLibrary.open({ dataDir, emit: () => {}, undoWindowMs: 50, progressFlushMs: 10, autoRetry: false });
}

/** Restores the archive at zipPath into the library in dataDir, then closes it (so every file is on disk). */
export async function restoreInto(dataDir: string, zipPath: string) {
  const open = await openLibrary(dataDir);
  const bundle = await openZipBundle(zipPath);
  try {
    return await open.archive.restore(bundle);
  } finally {
    bundle.close();
    await open.close();
  }
}

/** Each database file of a library, parsed (missing ones left out). */
export async function databaseOf(dataDir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const file of DATABASE_FILES) {
    try {
      files[file.name] = JSON.parse(await readFile(join(dataDir, file.name), 'utf8'));
    } catch {
      // Not written in this library.
    }
  }
  return files;
}

/** Every file under articles/, by path, with its bytes as base64. */
export async function articleFilesOf(dataDir: string): Promise<Record<string, string>> {
  const root = join(dataDir, 'articles');
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(root.length + 1)] = (await readFile(path)).toString('base64');
  }
  return files;
}
