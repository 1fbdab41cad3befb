import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from './library.ts';
import { sampleArticle } from '../testing/sample-article.ts';
import { tempDir } from '../testing/temp-dir.ts';

async function openLibrary(dataDir?: string, progressFlushMs = 20) {
  const dir = dataDir ?? (await tempDir());
  const library = new Library(dir, { progressFlushMs });
  await library.open();
  return { library, dir };
}

test('add stores the body as files and the metadata in library.json', async () => {
  const { library, dir } = await openLibrary();
  const summary = await library.add(sampleArticle(), { kind: 'file', value: '/tmp/a.html' });
  assert.equal(summary.readingMinutes, 2);
  assert.equal(await readFile(join(dir, 'articles', summary.id, 'body.html'), 'utf8'), sampleArticle().html);
  await library.flush();
  const stored = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
  assert.equal(stored.articles[0].title, 'A calm article');
  assert.equal(stored.schemaVersion, 1);
});

test('list filters, sorts, pages and searches', async () => {
  const { library } = await openLibrary();
  const a = await library.add(sampleArticle({ title: 'Banana bread', wordCount: 100 }), { kind: 'pasted', value: 'x' });
  const b = await library.add(sampleArticle({ title: 'apple pie', wordCount: 900 }), { kind: 'pasted', value: 'x' });
  const c = await library.add(sampleArticle({ title: 'Cherry jam', wordCount: 500, siteName: 'Jam Weekly' }), { kind: 'pasted', value: 'x' });
  await library.update(c.id, { archived: true });
  const page = (filter: 'all' | 'archived' | 'favorites', sort: 'title' | 'length' | 'saved', query = '', offset = 0, limit = 10) =>
    library.list({ filter, sort, query, offset, limit });

  assert.deepEqual(page('all', 'title').items.map((item) => item.title), ['apple pie', 'Banana bread']);
  assert.deepEqual(page('all', 'length').items.map((item) => item.id), [a.id, b.id]);
  assert.deepEqual(page('archived', 'saved').items.map((item) => item.id), [c.id]);
  assert.equal(page('archived', 'saved', 'jam weekly').total, 1);
  assert.equal(page('all', 'saved', 'pie').items[0]?.id, b.id);
  const second = page('all', 'title', '', 1, 1);
  assert.equal(second.total, 2);
  assert.deepEqual(second.items.map((item) => item.title), ['Banana bread']);
});

test('progress is written later, kept out of library.json, and the end marks the article finished', async () => {
  const { library, dir } = await openLibrary();
  const { id } = await library.add(sampleArticle(), { kind: 'pasted', value: 'x' });
  await library.flush();
  const libraryBefore = await stat(join(dir, 'library.json'));
  assert.deepEqual(await library.saveProgress(id, 0.4, { block: 3, offset: 12 }), { finished: false });
  assert.equal((await stat(join(dir, 'library.json'))).mtimeMs, libraryBefore.mtimeMs);
  await library.flush();
  const progress = JSON.parse(await readFile(join(dir, 'progress.json'), 'utf8'));
  assert.deepEqual(progress.progress[id].anchor, { block: 3, offset: 12 });
  assert.equal(library.list({ filter: 'in-progress', sort: 'saved', query: '', offset: 0, limit: 5 }).total, 1);

  assert.deepEqual(await library.saveProgress(id, 0.99, { block: 9, offset: 0 }), { finished: true });
  assert.ok(library.get(id).finishedAt);
  assert.equal(library.list({ filter: 'finished', sort: 'saved', query: '', offset: 0, limit: 5 }).total, 1);
  await library.flush();
});

test('notes, progress and settings survive reopening', async () => {
  const { library, dir } = await openLibrary();
  const { id } = await library.add(sampleArticle(), { kind: 'pasted', value: 'x' });
  await library.saveNote(id, '# Thoughts\n\nWorth rereading.');
  await library.saveProgress(id, 0.5, { block: 7, offset: 40 });
  await library.updateSettings({ theme: 'sepia', fontSize: 24 });
  await library.flush();

  const { library: reopened } = await openLibrary(dir);
  const article = reopened.get(id);
  assert.equal(article.note, '# Thoughts\n\nWorth rereading.');
  assert.equal(article.hasNote, true);
  assert.deepEqual(article.progress?.anchor, { block: 7, offset: 40 });
  assert.equal(reopened.settings().theme, 'sepia');
  assert.equal(reopened.settings().fontSize, 24);
  assert.equal(reopened.settings().font, 'serif');
});

test('a deleted article is hidden at once, can be undone, and is purged with its files afterwards', async () => {
  const { library, dir } = await openLibrary();
  const { id } = await library.add(sampleArticle(), { kind: 'pasted', value: 'x' });
  await library.markDeleted(id);
  assert.equal(library.list({ filter: 'all', sort: 'saved', query: '', offset: 0, limit: 5 }).total, 0);
  assert.throws(() => library.get(id), /No article/);
  await library.undoDelete(id);
  assert.equal(library.get(id).id, id);

  await library.markDeleted(id);
  assert.deepEqual(await library.purgeDeletedBefore(Date.now() - 60_000), []);
  assert.ok(await stat(join(dir, 'articles', id)));
  assert.deepEqual(await library.purgeDeletedBefore(Date.now()), [id]);
  await assert.rejects(stat(join(dir, 'articles', id)), /ENOENT/);
  assert.equal(library.records().length, 0);
});

test('an article whose record never reached library.json is recovered from its folder', async () => {
  const { library, dir } = await openLibrary();
  const saved = await library.add(sampleArticle({ title: 'Saved just before a crash' }), { kind: 'pasted', value: 'x' });
  // Simulate the crash: library.json was never rewritten after the add.
  const { library: afterCrash } = await openLibrary(dir);
  assert.equal(afterCrash.get(saved.id).title, 'Saved just before a crash');
  await library.flush();
});

test('a purged article does not come back', async () => {
  const { library, dir } = await openLibrary();
  const { id } = await library.add(sampleArticle(), { kind: 'pasted', value: 'x' });
  await library.markDeleted(id);
  await library.purgeDeletedBefore(Date.now());
  const { library: reopened } = await openLibrary(dir);
  assert.equal(reopened.records().length, 0);
});

test('an add that finishes after close leaves library.json alone and is recovered at the next open', async () => {
  const { library, dir } = await openLibrary();
  await library.add(sampleArticle({ title: 'Before closing' }), { kind: 'pasted', value: 'x' });
  const late = library.add(sampleArticle({ title: 'Saved while closing' }), { kind: 'pasted', value: 'x' });
  await library.close();
  await assert.rejects(late, /closing/);
  const stored = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
  assert.deepEqual(stored.articles.map((a: { title: string }) => a.title), ['Before closing']);
  const { library: reopened } = await openLibrary(dir);
  assert.deepEqual(reopened.records().map((r) => r.title).sort(), ['Before closing', 'Saved while closing']);
});

test('a file written by a newer Lectern is refused, not read as if it were ours', async () => {
  const { library, dir } = await openLibrary();
  await library.saveNote((await library.add(sampleArticle(), { kind: 'pasted', value: 'x' })).id, 'kept');
  await library.flush();
  await writeFile(join(dir, 'annotations.json'), JSON.stringify({ schemaVersion: 99, notes: {} }));
  await assert.rejects(new Library(dir).open(), /written by a newer Lectern \(schema 99\)/);
});
