import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HighlightRecord } from '../../annotations/highlight-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { openTestLibrary } from '../../testing/test-library.ts';
import { openZipBundle } from '../sources/zip-bundle.ts';
import { articleFilesOf, databaseOf, exportSampleLibrary, openLibrary, restoreInto } from './testing/archive-test-library.ts';

test('the archive holds every database file, every article folder and the manifest, and not the search index', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  const { ids } = await exportSampleLibrary(zipPath);
  const bundle = await openZipBundle(zipPath);
  const paths = bundle.files.map((file) => file.path);
  const manifest = JSON.parse(new TextDecoder().decode(await bundle.file('lectern-archive.json')?.bytes()));
  bundle.close();
  assert.equal(manifest.format, 'lectern-archive');
  assert.equal(manifest.version, 1);
  assert.equal(manifest.articleCount, 3);
  assert.match(manifest.appVersion, /^\d+\.\d+\.\d+/);
  for (const name of ['library.json', 'annotations.json', 'highlights.json', 'progress.json', 'settings.json', 'tags.json', 'saved-searches.json']) assert.ok(paths.includes(name), name);
  assert.ok(!paths.some((path) => path.includes('search.sqlite')));
  for (const id of ids) for (const name of ['body.html', 'text.txt', 'meta.json']) assert.ok(paths.includes(`articles/${id}/${name}`), `${id}/${name}`);
  assert.ok(paths.includes(`articles/${ids[0]}/assets/mill.png`));
});

test('restored into an empty library, every file is the same: ids, records, notes, highlights, progress, tags, settings', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  const source = await exportSampleLibrary(zipPath);
  const target = await tempDir();
  const result = await restoreInto(target, zipPath);
  assert.deepEqual(result.added, source.ids);
  assert.deepEqual(result.enriched, []);
  assert.equal(result.highlights, 2);
  assert.equal(result.notes, 1);
  assert.deepEqual(await databaseOf(target), await databaseOf(source.dir));
  assert.deepEqual(await articleFilesOf(target), await articleFilesOf(source.dir));
  const highlights = (await databaseOf(target))['highlights.json'] as { highlights: Record<string, HighlightRecord[]> };
  assert.equal(highlights.highlights[source.ids[0] ?? '']?.[0]?.selectors[0].exact, 'river');
  // Nothing left behind from unpacking.
  assert.ok(!(await readdir(target)).some((name) => name.startsWith('.archive-restore')));
});

test('restored into a library that has some of it, what is there is kept and gains what it lacks', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  const source = await exportSampleLibrary(zipPath);
  const [first = '', second = ''] = source.ids;
  const target = await tempDir();
  await restoreInto(target, zipPath);
  const { core, call, add } = await openTestLibrary(target);
  const own = await add('An article only this library has');
  await call('articles.untag', { ids: [first], tags: ['rivers'] });
  await call('notes.save', { id: first, note: 'My own thoughts.' });
  await call('tags.setColor', { name: 'Long read', color: 'red' });
  await call('settings.update', { theme: 'sepia' });
  await call('highlights.delete', { id: (await call<HighlightRecord[]>('highlights.list', { articleId: second }))[0]?.id });
  await core.close();
  // Past the undo window, so the deleted highlight is gone for good when the library opens again.
  await new Promise((resolve) => setTimeout(resolve, 80));

  const result = await restoreInto(target, zipPath);
  assert.deepEqual(result.added, []);
  assert.deepEqual(new Set(result.enriched), new Set([first, second]));
  assert.equal(result.highlights, 1, 'the highlight this library lost comes back; the one it has is not doubled');
  assert.deepEqual(result.retagged.map(({ before, after }) => [before.id, before.tags, after.tags]), [[first, ['Long read'], ['Long read', 'rivers']]]);
  assert.deepEqual(result.addedHighlights.map((highlight) => highlight.articleId), [second]);

  const reopened = await openTestLibrary(target);
  const article = await reopened.call<{ tags: string[]; note: string }>('articles.get', { id: first });
  assert.deepEqual(article.tags, ['Long read', 'rivers']);
  assert.equal(article.note, 'My own thoughts.\n\nRead this again in **spring**.');
  assert.equal((await reopened.get(own)).title, 'An article only this library has');
  assert.equal((await reopened.call<{ theme: string }>('settings.get', {})).theme, 'sepia');
  const tags = await reopened.call<{ name: string; color: string | null }[]>('tags.list', {});
  assert.equal(tags.find((tag) => tag.name === 'Long read')?.color, 'red');
  assert.equal(tags.find((tag) => tag.name === 'rivers')?.color, 'teal');
  assert.equal((await reopened.call<unknown[]>('savedSearches.list', {})).length, 1);
  assert.equal((await reopened.call<unknown[]>('highlights.list', { articleId: first })).length, 1);
  assert.equal((await reopened.call<unknown[]>('highlights.list', { articleId: second })).length, 1);
  await reopened.core.close();
});

test('restored into a library with other articles, they are all there and its settings stay its own', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  const source = await exportSampleLibrary(zipPath);
  const { dir, core, add } = await openTestLibrary();
  const own = await add('Mine');
  await core.close();
  const open = await openLibrary(dir);
  const bundle = await openZipBundle(zipPath);
  const preview = await open.archive.preview(bundle);
  assert.deepEqual(
    { articles: preview.articles, withContent: preview.withContent, alreadyInLibrary: preview.alreadyInLibrary, highlights: preview.highlights, notes: preview.notes, tags: preview.tags, newTags: preview.newTags },
    { articles: 3, withContent: 3, alreadyInLibrary: 0, highlights: 2, notes: 1, tags: 3, newTags: 3 },
  );
  const result = await open.archive.restore(bundle);
  bundle.close();
  assert.deepEqual(result.added, source.ids);
  assert.deepEqual(open.library.records().map((record) => record.id).sort(), [own, ...source.ids].sort());
  assert.equal(open.library.settings().theme, 'system');
  assert.equal(open.library.get(source.ids[1] ?? '').progress?.anchor?.block, 1);
  await open.close();
});

test('a truncated archive is refused with a sentence saying so, and nothing is written', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  await exportSampleLibrary(zipPath);
  const bytes = await readFile(zipPath);
  const cut = join(await tempDir(), 'cut.zip');
  await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await assert.rejects(openZipBundle(cut), /cut\.zip is not a complete zip file: it may have been cut short/);
});

test('an archive whose article data is damaged fails with a clear message and leaves the library as it was', async () => {
  const zipPath = join(await tempDir(), 'lectern.zip');
  const source = await exportSampleLibrary(zipPath);
  const bytes = await readFile(zipPath);
  // Spoil the compressed data of the first article's body, leaving the zip's directory whole.
  const header = bytes.indexOf(Buffer.from(`articles/${source.ids[0]}/body.html`));
  bytes.fill(0xff, header + 60, header + 80);
  const damaged = join(await tempDir(), 'damaged.zip');
  await writeFile(damaged, bytes);
  const target = await tempDir();
  await assert.rejects(restoreInto(target, damaged), /damaged\.zip.*(damaged|cut short)/);
  const open = await openLibrary(target);
  assert.equal(open.library.records().length, 0);
  assert.equal(open.highlights.forArticle(source.ids[0] ?? '').length, 0);
  await open.close();
  assert.deepEqual(await readdir(join(target, 'articles')), []);
  assert.ok(!(await readdir(target)).some((name) => name.startsWith('.archive-restore')));
});
