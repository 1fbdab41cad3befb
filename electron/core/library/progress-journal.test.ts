import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from './library.ts';
import { ProgressStore } from './progress-store.ts';
import { sampleArticle } from '../testing/sample-article.ts';
import { tempDir } from '../testing/temp-dir.ts';

/** A store whose delayed rewrite of progress.json never comes within the test: only the journal holds the saves. */
async function openStore(dir: string, flushMs = 60_000): Promise<ProgressStore> {
  const store = new ProgressStore(dir, flushMs);
  await store.load();
  return store;
}

test('a position acknowledged before a crash (no close, no flush) is there on reopen', async () => {
  const dir = await tempDir();
  const store = await openStore(dir);
  await store.set('a', 0.25, { block: 3, offset: 10 });
  await store.set('a', 0.5, { block: 7, offset: 2 });
  await store.set('b', 0.9, null);
  // "Killed": the store is dropped without flush or close; progress.json was never written.
  await assert.rejects(readFile(join(dir, 'progress.json'), 'utf8'), { code: 'ENOENT' });

  const reopened = await openStore(dir);
  assert.equal(reopened.get('a')?.fraction, 0.5);
  assert.deepEqual(reopened.get('a')?.anchor, { block: 7, offset: 2 });
  assert.equal(reopened.get('b')?.fraction, 0.9);
  // Opening wrote nothing; closing folds the journal into progress.json and empties it.
  await assert.rejects(readFile(join(dir, 'progress.json'), 'utf8'), { code: 'ENOENT' });
  await reopened.close();
  const stored = JSON.parse(await readFile(join(dir, 'progress.json'), 'utf8'));
  assert.equal(stored.progress.a.fraction, 0.5);
  assert.equal(await readFile(join(dir, 'progress.journal'), 'utf8').catch(() => ''), '');
  await assert.rejects(stat(join(dir, 'progress.journal.old')), { code: 'ENOENT' });
});

test('a torn last line is skipped and the lines before it are kept', async () => {
  const dir = await tempDir();
  const store = await openStore(dir);
  await store.set('a', 0.3, null);
  await store.set('b', 0.4, { block: 1, offset: 1 });
  await appendFile(join(dir, 'progress.journal'), '{"id":"a","fraction":0.9,"anch');
  const reopened = await openStore(dir);
  assert.equal(reopened.get('a')?.fraction, 0.3);
  assert.equal(reopened.get('b')?.fraction, 0.4);
});

test('a line that would make progress.json invalid is skipped, not replayed', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'progress.journal'), '{"id":"a","fraction":"half","updatedAt":"x"}\n{"id":"b","fraction":0.2,"anchor":null,"updatedAt":"2026-01-01T00:00:00.000Z"}\n');
  const store = await openStore(dir);
  assert.equal(store.get('a'), undefined);
  assert.equal(store.get('b')?.fraction, 0.2);
  // And the rewritten progress.json opens again.
  await store.close();
  assert.equal((await openStore(dir)).get('b')?.fraction, 0.2);
});

test('the delayed compaction writes progress.json and empties the journal; saves during it are kept', async () => {
  const dir = await tempDir();
  const store = await openStore(dir, 5);
  await store.set('a', 0.1, null);
  await new Promise((resolve) => setTimeout(resolve, 30));
  await store.set('a', 0.2, null);
  await store.close();
  assert.equal(JSON.parse(await readFile(join(dir, 'progress.json'), 'utf8')).progress.a.fraction, 0.2);
  assert.equal(await readFile(join(dir, 'progress.journal'), 'utf8').catch(() => ''), '');
  assert.equal((await openStore(dir)).get('a')?.fraction, 0.2);
});

test('a journal set aside by an interrupted compaction is replayed before the current one', async () => {
  const dir = await tempDir();
  const line = (fraction: number) => `${JSON.stringify({ id: 'a', fraction, anchor: null, updatedAt: '2026-01-01T00:00:00.000Z' })}\n`;
  await writeFile(join(dir, 'progress.journal.old'), line(0.3) + JSON.stringify({ id: 'c', fraction: 0.6, anchor: null, updatedAt: 'x' }) + '\n');
  await writeFile(join(dir, 'progress.journal'), line(0.7));
  const store = await openStore(dir);
  assert.equal(store.get('a')?.fraction, 0.7);
  assert.equal(store.get('c')?.fraction, 0.6);
  await store.close();
  assert.equal((await openStore(dir)).get('a')?.fraction, 0.7);
  await assert.rejects(stat(join(dir, 'progress.journal.old')), { code: 'ENOENT' });
});

test('through the library: saveProgress answered, the process gone without close, the position back on reopen', async () => {
  const dir = await tempDir();
  const first = new Library(dir, { progressFlushMs: 60_000 });
  await first.open();
  const article = await first.add(sampleArticle(), { kind: 'pasted', value: 'x' });
  await first.saveProgress(article.id, 0.42, { block: 2, offset: 9 });
  // No close: the delayed writes never ran. The article comes back from its folder, the position from the journal.
  const reopened = new Library(dir);
  await reopened.open();
  assert.equal(reopened.get(article.id).progress?.fraction, 0.42);
  assert.deepEqual(reopened.get(article.id).progress?.anchor, { block: 2, offset: 9 });
  await reopened.close();
  await first.close(); // only so its pending timers do not outlive the test's folder
});
