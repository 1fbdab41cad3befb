import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LecternEvent } from '../../shared/events.ts';
import type { LibraryState } from '../../shared/models.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

const TEXT = 'A quiet morning\n\nThe river ran slowly past the mill, and nobody was in a hurry to be anywhere.\n\nBy noon the light had changed.';

async function open(dataDir: string) {
  const core = await createCore({ dataDir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 10 });
  const events: LecternEvent[] = [];
  core.events.on((event) => events.push(event));
  return { core, events };
}

async function addArticle(core: Awaited<ReturnType<typeof open>>['core']): Promise<string> {
  const added = await core.dispatch('articles.importText', { text: TEXT, format: 'text' });
  assert.ok(added.ok, JSON.stringify(added));
  const value = added.value as { id?: string; article?: { id: string } };
  return value.article?.id ?? value.id ?? '';
}

test('restoring a backup that is not there leaves the open library as it was, still usable', async () => {
  const { core } = await open(await tempDir());
  const id = await addArticle(core);
  const restored = await core.dispatch('library.restoreBackup', { backupId: 'no-such-backup' });
  assert.equal(restored.ok ? null : restored.code, 'BACKUP_MISSING');
  const article = await core.dispatch('articles.get', { id });
  assert.ok(article.ok, JSON.stringify(article));
  assert.ok((await core.dispatch('notes.save', { id, note: 'Still here.' })).ok);
  await core.close();
});

test('saving progress tells front ends the new place, and when the end is reached', async () => {
  const { core, events } = await open(await tempDir());
  const id = await addArticle(core);
  events.length = 0;
  assert.ok((await core.dispatch('progress.save', { id, fraction: 0.4, anchor: { block: 2, offset: 7 } })).ok);
  assert.deepEqual(events, [{ name: 'progress.changed', payload: { id, fraction: 0.4, anchor: { block: 2, offset: 7 }, finished: false } }]);
  assert.ok((await core.dispatch('progress.save', { id, fraction: 1, anchor: null })).ok);
  assert.deepEqual(events.at(-1), { name: 'progress.changed', payload: { id, fraction: 1, anchor: null, finished: true } });
  await core.close();
});

test('each change tells front ends once, from the part that made it', async () => {
  const { core, events } = await open(await tempDir());
  const id = await addArticle(core);
  assert.deepEqual(events, [{ name: 'library.changed', payload: { ids: [id] } }]);
  for (const [method, input] of [
    ['notes.save', { id, note: 'Read again.' }],
    ['articles.update', { id, patch: { favorite: true } }],
    ['articles.delete', { id }],
    ['articles.undoDelete', { id }],
  ] as const) {
    events.length = 0;
    assert.ok((await core.dispatchUntyped(method, input)).ok, method);
    assert.deepEqual(events, [{ name: 'library.changed', payload: { ids: [id] } }], method);
  }
  await core.close();
});

test('a highlights file written by a newer Lectern keeps the library closed with "update Lectern"', async () => {
  const dataDir = await tempDir();
  const first = await open(dataDir);
  await addArticle(first.core);
  await first.core.close();
  await writeFile(join(dataDir, 'highlights.json'), JSON.stringify({ schemaVersion: 99, highlights: {} }));
  const { core } = await open(dataDir);
  const status = await core.dispatch('library.status', {});
  const state = (status.ok ? status.value : null) as LibraryState;
  assert.equal(state.state, 'corrupt');
  if (state.state === 'corrupt') assert.match(state.message, /highlights\.json .*written by a newer Lectern \(schema 99\); update Lectern/);
  await core.close();
});

test('while the library is damaged, saving a link is refused and nothing is written', async () => {
  const dataDir = await tempDir();
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"articles":[');
  const { core } = await open(dataDir);
  const saved = await core.dispatch('articles.addUrls', { urls: ['https://example.com/essay'] });
  assert.equal(saved.ok ? null : saved.code, 'DATABASE_CORRUPT');
  const pending = await core.dispatch('pending.list', {});
  assert.equal(pending.ok ? null : pending.code, 'DATABASE_CORRUPT');
  assert.ok(!(await readdir(dataDir)).includes('pending-captures.json'));
  await core.close();
});
