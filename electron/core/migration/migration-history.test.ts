import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LecternEvent } from '../../shared/events.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { fileFingerprint } from './file-fingerprint.ts';
import { ImportHistory } from './import-history.ts';

async function open(dataDir: string) {
  return createCore({ dataDir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 5 });
}

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) assert.fail(result.message);
  return result.value;
}

/** A Pocket CSV of these links, written in dir. */
async function pocketCsv(dir: string, name: string, urls: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, ['title,url,time_added,tags,status', ...urls.map((url, i) => `Saved ${i},${url},${1_700_000_000 + i},,unread`)].join('\n'));
  return path;
}

async function importFile(core: Awaited<ReturnType<typeof open>>, path: string) {
  const preview = ok(await core.dispatch('migration.previewPath', { path }));
  return ok(await core.dispatch('migration.run', { importId: preview.importId, fetch: false }));
}

test('Undo and the report survive a restart while nothing has been changed; a change since refuses Undo, saying why', async () => {
  const dir = await tempDir();
  const csv = await pocketCsv(dir, 'part_000000.csv', ['https://example.com/rivers', 'https://example.com/mills']);
  let core = await open(join(dir, 'lib'));
  const report = await importFile(core, csv);
  await core.close();

  core = await open(join(dir, 'lib'));
  const kept = ok(await core.dispatch('migration.lastReport', {}));
  assert.deepEqual([kept?.importId, kept?.added, kept?.undoable], [report.importId, 2, true]);
  assert.match(ok(await core.dispatch('migration.reportFile', { importId: report.importId })).content, /2 added/);
  assert.equal(ok(await core.dispatch('migration.undo', { importId: report.importId })).removed, 2);
  assert.equal(ok(await core.dispatch('migration.lastReport', {})), null, 'an undone import is no longer on record');

  const second = await importFile(core, csv);
  await core.close();
  core = await open(join(dir, 'lib'));
  const [article] = ok(await core.dispatch('articles.list', { offset: 0, limit: 1, sort: 'saved', filter: 'all' })).items;
  ok(await core.dispatch('articles.update', { id: article!.id, patch: { favorite: true } }));
  assert.equal(ok(await core.dispatch('migration.lastReport', {}))?.undoable, false);
  const refused = await core.dispatch('migration.undo', { importId: second.importId });
  assert.match(refused.ok ? '' : refused.message, /cannot be undone: “Saved \d” has been changed since/);
  await core.close();
});

test('the preview says when the same file was imported before, among the newest five imports kept', async () => {
  const dir = await tempDir();
  const core = await open(join(dir, 'lib'));
  const first = await pocketCsv(dir, 'first.csv', ['https://example.com/first']);
  await importFile(core, first);
  const renamed = await pocketCsv(dir, 'same-bytes-other-name.csv', ['https://example.com/first']);
  const again = ok(await core.dispatch('migration.previewPath', { path: renamed }));
  assert.equal(again.importedBefore?.finished, true);
  assert.ok(Date.now() - Date.parse(again.importedBefore?.at ?? '') < 60_000);
  assert.equal(again.alreadyInLibrary, 1);
  ok(await core.dispatch('migration.discard', { importId: again.importId }));

  for (let n = 1; n <= 5; n++) await importFile(core, await pocketCsv(dir, `other-${n}.csv`, [`https://example.com/other-${n}`]));
  assert.equal((await readdir(join(dir, 'lib', 'imports'))).length, 5, 'the newest five are kept');
  const forgotten = ok(await core.dispatch('migration.previewPath', { path: first }));
  assert.equal(forgotten.importedBefore, null, 'the oldest was let go');
  await core.close();
});

test('an import a crash stopped is said so in the preview, and running the file again finishes it and takes its place', async () => {
  const dir = await tempDir();
  const csv = await pocketCsv(dir, 'part_000000.csv', ['https://example.com/a', 'https://example.com/b']);
  const history = new ImportHistory(join(dir, 'lib'));
  await history.started({ importId: 'crashed-import-1', fileName: 'part_000000.csv', fingerprint: await fileFingerprint(csv), startedAt: '2026-03-03T12:00:00.000Z' });
  const core = await open(join(dir, 'lib'));
  const preview = ok(await core.dispatch('migration.previewPath', { path: csv }));
  assert.deepEqual(preview.importedBefore, { at: '2026-03-03T12:00:00.000Z', finished: false });
  const report = ok(await core.dispatch('migration.run', { importId: preview.importId, fetch: false }));
  assert.equal(report.added, 2);
  assert.deepEqual((await history.entries()).map((entry) => [entry.importId, entry.state]), [[report.importId, 'finished']]);
  await core.close();
});

test('a preview the shell asks the window to show is announced: read, then ready, or why the file cannot be imported', async () => {
  const dir = await tempDir();
  const core = await open(join(dir, 'lib'));
  const events: LecternEvent[] = [];
  core.events.on((event) => void (event.name === 'migration.previewed' && events.push(event)));
  const csv = await pocketCsv(dir, 'pocket.csv', ['https://example.com/a']);
  const preview = ok(await core.dispatch('migration.previewPath', { path: csv, show: true }));
  const notes = join(dir, 'notes.json');
  await writeFile(notes, '{"hello": "world"}');
  assert.equal((await core.dispatch('migration.previewPath', { path: notes, show: true })).ok, false);
  ok(await core.dispatch('migration.previewPath', { path: csv }));
  assert.deepEqual(
    events.map((event) => (event.name === 'migration.previewed' ? [event.payload.fileName, event.payload.state] : [])),
    [['pocket.csv', 'reading'], ['pocket.csv', 'ready'], ['notes.json', 'reading'], ['notes.json', 'failed']],
    'only previews asked to be shown are announced',
  );
  const ready = events[1]?.name === 'migration.previewed' ? events[1].payload : null;
  assert.equal(ready?.state === 'ready' && ready.preview.importId, preview.importId);
  const failed = events[3]?.name === 'migration.previewed' ? events[3].payload : null;
  assert.match(failed?.state === 'failed' ? failed.message : '', /notes\.json is not an export Lectern recognises/);
  await core.close();
});
