import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

const PROSE = 'The river ran slowly past the mill, and nobody was in a hurry to be anywhere.\n\nBy noon the light had changed, and the swallows came down to the water.';

async function open(dataDir: string) {
  return createCore({ dataDir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 5 });
}

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) assert.fail(result.message);
  return result.value;
}

test('an archive of the whole library restores into an empty one as the same library: ids, notes, highlights, progress, tags', async () => {
  const dir = await tempDir();
  const source = await open(join(dir, 'a'));
  const first = ok(await source.dispatch('articles.importText', { text: `Rivers\n\n${PROSE}`, format: 'text' }));
  const second = ok(await source.dispatch('articles.importText', { text: `Mills\n\n${PROSE}`, format: 'text' }));
  ok(await source.dispatch('notes.save', { id: first.id, note: 'A note **in Markdown**.' }));
  ok(await source.dispatch('progress.save', { id: second.id, fraction: 0.5, anchor: { block: 1, offset: 4 } }));
  ok(await source.dispatch('articles.tag', { ids: [first.id, second.id], tags: ['water'] }));
  const highlight = ok(await source.dispatch('highlights.create', { articleId: first.id, start: 12, end: 30, color: 'blue', note: 'lovely' }));
  const archivePath = join(dir, 'lectern.zip');
  ok(await source.dispatch('library.exportArchiveTo', { path: archivePath }));
  await source.close();

  const target = await open(join(dir, 'b'));
  const preview = ok(await target.dispatch('migration.previewPath', { path: archivePath }));
  assert.equal(preview.format, 'lectern-archive');
  assert.equal(preview.articles, 2);
  const report = ok(await target.dispatch('migration.run', { importId: preview.importId, fetch: false }));
  assert.equal(report.added, 2);
  const restored = ok(await target.dispatch('articles.get', { id: first.id }));
  assert.equal(restored.note, 'A note **in Markdown**.');
  assert.deepEqual(restored.tags, ['water']);
  assert.equal(ok(await target.dispatch('articles.get', { id: second.id })).progress?.anchor?.offset, 4);
  const [again] = ok(await target.dispatch('highlights.list', { articleId: first.id }));
  assert.deepEqual([again?.id, again?.start, again?.end, again?.note, again?.color], [highlight.id, 12, 30, 'lovely', 'blue']);
  await target.close();
});

test('a Pocket CSV is previewed, imported as links not downloaded yet, and the whole import undone', async () => {
  const dir = await tempDir();
  const core = await open(join(dir, 'lib'));
  const csv = join(dir, 'part_000000.csv');
  await writeFile(csv, 'title,url,time_added,tags,status\nRivers,https://example.com/rivers,1700000000,maps|water,unread\nhttps://example.com/mills,https://example.com/mills,1700000100,,archive\n');
  const preview = ok(await core.dispatch('migration.previewPath', { path: csv }));
  assert.deepEqual([preview.format, preview.articles, preview.withContent, preview.tags], ['pocket', 2, 0, 2]);
  assert.ok(preview.caveats.some((line) => /favourites/.test(line)));
  const report = ok(await core.dispatch('migration.run', { importId: preview.importId, fetch: false }));
  assert.equal(report.added, 2);
  const unread = ok(await core.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'all' }));
  assert.deepEqual(unread.items.map((item) => [item.title, item.tags, item.download?.state]), [['Rivers', ['maps', 'water'], 'held']]);
  const archived = ok(await core.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'archived' }));
  assert.deepEqual(archived.items.map((item) => [item.title, item.download?.state]), [['https://example.com/mills', 'held']], 'a title that is its link is no title');
  assert.equal(ok(await core.dispatch('migration.undo', { importId: preview.importId })).removed, 2);
  assert.equal(ok(await core.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'all' })).total, 0);
  await core.close();
});

test('a file no reader knows is refused with what Lectern can import, and nothing is written', async () => {
  const dir = await tempDir();
  const core = await open(join(dir, 'lib'));
  const path = join(dir, 'notes.json');
  await writeFile(path, '{"hello": "world"}');
  const result = await core.dispatch('migration.previewPath', { path });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /notes\.json is not an export Lectern recognises\. Lectern imports exports from Pocket/);
  assert.equal(ok(await core.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'all' })).total, 0);
  await core.close();
});
