import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeRange } from '../../shared/annotations/selectors.ts';
import { CorruptFileError } from '../library/atomic-json-file.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { HighlightStore, type HighlightRecord } from './highlight-store.ts';

const HIGHLIGHTS_FILE = 'highlights.json';

const TEXT = 'The river ran slowly past the mill, and nobody was in a hurry.';

function record(id: string, articleId: string, start: number, end: number, overrides: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    articleId,
    color: 'yellow',
    note: '',
    tags: [],
    selectors: describeRange(TEXT, start, end),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

test('highlights survive a reopen exactly as written', async () => {
  const dir = await tempDir();
  const store = new HighlightStore(dir);
  await store.load();
  const a = record('h-1', 'article-1', 4, 9, { note: 'a *note*', tags: ['rivers'] });
  await store.add(a);
  await store.add(record('h-2', 'article-2', 10, 20, { color: 'blue' }));
  await store.replace('h-1', (r) => ({ ...r, color: 'pink' }));

  const reopened = new HighlightStore(dir);
  await reopened.load();
  assert.deepEqual(reopened.get('h-1'), { ...a, color: 'pink' });
  assert.deepEqual(reopened.forArticle('article-2').map((r) => r.id), ['h-2']);
  assert.deepEqual(reopened.all().map((r) => r.id).sort(), ['h-1', 'h-2']);
  const onDisk = JSON.parse(await readFile(join(dir, HIGHLIGHTS_FILE), 'utf8'));
  assert.equal(onDisk.schemaVersion, 1);
  assert.deepEqual(Object.keys(onDisk.highlights).sort(), ['article-1', 'article-2']);
});

test('deleted highlights are hidden, kept for undo, and purged after the cutoff or with their article', async () => {
  const dir = await tempDir();
  const store = new HighlightStore(dir);
  await store.load();
  await store.add(record('h-1', 'article-1', 4, 9));
  await store.add(record('h-2', 'article-1', 10, 20));
  await store.add(record('h-3', 'gone-article', 10, 20));
  await store.replace('h-1', (r) => ({ ...r, deletedAt: '2026-01-01T00:00:10.000Z' }));
  assert.deepEqual(store.forArticle('article-1').map((r) => r.id), ['h-2']);
  assert.equal(store.get('h-1')?.deletedAt, '2026-01-01T00:00:10.000Z');

  const exists = (id: string) => id === 'article-1';
  // Before the deletion's cutoff only the highlight of the vanished article goes.
  assert.deepEqual(await store.purge(Date.parse('2026-01-01T00:00:05.000Z'), exists), ['gone-article']);
  assert.ok(store.get('h-1'));
  assert.equal(store.get('h-3'), undefined);
  assert.deepEqual(await store.purge(Date.parse('2026-01-01T00:00:10.000Z'), exists), ['article-1']);
  assert.equal(store.get('h-1'), undefined);

  const reopened = new HighlightStore(dir);
  await reopened.load();
  assert.deepEqual(reopened.all().map((r) => r.id), ['h-2']);
  assert.deepEqual(reopened.articleIds(), ['article-1']);
});

test('a damaged highlights file is refused and left as it was', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, HIGHLIGHTS_FILE), '{"schemaVersion":1,"highlights":{');
  const store = new HighlightStore(dir);
  await assert.rejects(store.load(), CorruptFileError);
  assert.equal(await readFile(join(dir, HIGHLIGHTS_FILE), 'utf8'), '{"schemaVersion":1,"highlights":{');
});

test('a highlights file written by a newer Lectern is refused, not read as if it were ours', async () => {
  const dir = await tempDir();
  const newer = JSON.stringify({ schemaVersion: 99, highlights: {} });
  await writeFile(join(dir, HIGHLIGHTS_FILE), newer);
  await assert.rejects(new HighlightStore(dir).load(), /written by a newer Lectern \(schema 99\); update Lectern/);
  assert.equal(await readFile(join(dir, HIGHLIGHTS_FILE), 'utf8'), newer);
});
