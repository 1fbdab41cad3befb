import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LibraryFilter } from '../../shared/models.ts';
import { Library } from './library.ts';
import { sampleArticle } from '../testing/sample-article.ts';
import { tempDir } from '../testing/temp-dir.ts';

async function openLibrary() {
  const library = new Library(await tempDir(), { progressFlushMs: 20 });
  await library.open();
  return library;
}

function titles(library: Library, filter: LibraryFilter, query = ''): string[] {
  return library.list({ filter, sort: 'title', query, offset: 0, limit: 50 }).items.map((item) => item.title);
}

test('an article the row shows as "1% read" is in progress, not unread', async () => {
  const library = await openLibrary();
  const opened = await library.add(sampleArticle({ title: 'Opened' }), { kind: 'pasted', value: 'x' });
  const started = await library.add(sampleArticle({ title: 'Started' }), { kind: 'pasted', value: 'x' });
  const book = await library.add(sampleArticle({ title: 'Long book' }), { kind: 'pasted', value: 'x' });
  await library.add(sampleArticle({ title: 'Untouched' }), { kind: 'pasted', value: 'x' });
  await library.saveProgress(opened.id, 0.004, { block: 0, offset: 0 });
  await library.saveProgress(started.id, 0.01, { block: 2, offset: 0 });
  // A book-length text: three screens in is well under 1 %, but the reader is past the first block.
  await library.saveProgress(book.id, 0.003, { block: 4, offset: 120 });

  assert.deepEqual(titles(library, 'in-progress'), ['Long book', 'Started']);
  assert.deepEqual(titles(library, 'unread'), ['Opened', 'Untouched']);
  await library.close();
});

test('the filter box ignores case, accents and full-width forms, as the notebook does', async () => {
  const library = await openLibrary();
  await library.add(sampleArticle({ title: 'Café society', siteName: null, byline: null, excerpt: '' }), { kind: 'pasted', value: 'x' });
  await library.add(sampleArticle({ title: 'Ｗｉｄｅ letters', siteName: null, byline: null, excerpt: '' }), { kind: 'pasted', value: 'x' });
  await library.add(sampleArticle({ title: 'Plain tea', siteName: null, byline: null, excerpt: '' }), { kind: 'pasted', value: 'x' });

  assert.deepEqual(titles(library, 'all', 'cafe'), ['Café society']);
  assert.deepEqual(titles(library, 'all', 'CAFÉ'), ['Café society']);
  assert.deepEqual(titles(library, 'all', 'wide'), ['Ｗｉｄｅ letters']);
  await library.close();
});
