import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../testing/temp-dir.ts';
import { PendingQueue } from './pending-queue.ts';

test('a damaged pending file is kept aside rather than lost, and the queue starts empty', async () => {
  const dir = await tempDir();
  const path = join(dir, 'pending-captures.json');
  await writeFile(path, '{ "version": 1, "items": [ {"url": "http://half');
  const queue = new PendingQueue(dir);
  await queue.load();
  assert.equal(queue.size, 0);
  const aside = (await readdir(dir)).filter((name) => name.startsWith('pending-captures.json.damaged-'));
  assert.equal(aside.length, 1);
  assert.equal(await readFile(join(dir, aside[0]!), 'utf8'), '{ "version": 1, "items": [ {"url": "http://half');
});

test('a pending list written by a newer Lectern is refused and left where it is, not set aside', async () => {
  const dir = await tempDir();
  const path = join(dir, 'pending-captures.json');
  const newer = JSON.stringify({ schemaVersion: 99, items: [{ id: 'p-1', url: 'https://example.com/', addedAt: '2026-01-01T00:00:00.000Z' }] });
  await writeFile(path, newer);
  await assert.rejects(new PendingQueue(dir).load(), /written by a newer Lectern \(schema 99\); update Lectern/);
  assert.deepEqual(await readdir(dir), ['pending-captures.json']);
  assert.equal(await readFile(path, 'utf8'), newer);
});

test('a list written before the file had a schema version still opens', async () => {
  const dir = await tempDir();
  const path = join(dir, 'pending-captures.json');
  const item = { id: 'p-1', url: 'https://example.com/a', addedAt: '2026-01-01T00:00:00.000Z', attempts: 1, lastTriedAt: null, nextRetryAt: null, error: null, wholePage: false };
  await writeFile(path, JSON.stringify({ version: 1, items: [item] }));
  const queue = new PendingQueue(dir);
  await queue.load();
  assert.deepEqual(queue.list().map((p) => p.url), ['https://example.com/a']);
});
