// The way out without a backup: library.json damaged, no backup; rebuilding from the article folders brings
// every article back with its note, highlights and progress, and keeps the damaged file aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnchoredHighlight, Article, LibraryState, RebuildReport } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

const DAMAGED = '{"schemaVersion":1,"articles":[{"id":"torn';

async function damagedLibraryWithThreeArticles() {
  const first = await openTestLibrary();
  const ids = [await first.add('One'), await first.add('Two'), await first.add('Three')];
  await first.call('notes.save', { id: ids[0], note: 'A note on one.' });
  await first.highlight(ids[1] ?? '', ['mill']);
  await first.call('progress.save', { id: ids[2], fraction: 0.4, anchor: { block: 1, offset: 3 } });
  await first.call('articles.update', { id: ids[0], patch: { favorite: true } });
  await first.core.close();
  await rm(join(first.dir, 'backups'), { recursive: true, force: true });
  await writeFile(join(first.dir, 'library.json'), DAMAGED);
  return { dir: first.dir, ids };
}

test('rebuild from the corrupt state brings back every article with its note, highlights and progress', async () => {
  const { dir, ids } = await damagedLibraryWithThreeArticles();
  const lib = await openTestLibrary(dir);
  const state = await lib.call<LibraryState>('library.status', {});
  assert.equal(state.state, 'corrupt');
  if (state.state === 'corrupt') assert.deepEqual(state.backups, []);

  const dry = await lib.call<{ report: RebuildReport }>('library.rebuild', { dryRun: true });
  assert.equal(dry.report.articleCount, 3);
  assert.equal(dry.report.fromFolders, 3);
  assert.deepEqual(dry.report.setAsideFiles, ['library.json']);
  assert.ok(dry.report.keptFiles.includes('annotations.json') && dry.report.keptFiles.includes('highlights.json'));
  assert.equal(await readFile(join(dir, 'library.json'), 'utf8'), DAMAGED); // a dry run writes nothing

  const { report, state: after } = await lib.call<{ report: RebuildReport; state: LibraryState }>('library.rebuild', {});
  assert.equal(after.state, 'ok');
  assert.equal(report.articleCount, 3);
  const titles = await Promise.all(ids.map(async (id) => (await lib.call<Article>('articles.get', { id })).title));
  assert.deepEqual(titles, ['One', 'Two', 'Three']);
  assert.equal((await lib.call<Article>('articles.get', { id: ids[0] })).note, 'A note on one.');
  const highlights = await lib.call<AnchoredHighlight[]>('highlights.list', { articleId: ids[1] });
  assert.equal(highlights.length, 1);
  assert.equal((await lib.call<Article>('articles.get', { id: ids[2] })).progress?.fraction, 0.4);
  // The damaged file is kept aside, byte for byte.
  const aside = (await readdir(dir)).find((name) => name.startsWith('damaged-rebuild-'));
  assert.ok(aside);
  assert.equal(await readFile(join(dir, aside ?? '', 'library.json'), 'utf8'), DAMAGED);
  await lib.core.close();
});

test('a damaged notes file is set aside, not kept, and the articles still come back', async () => {
  const { dir, ids } = await damagedLibraryWithThreeArticles();
  await writeFile(join(dir, 'annotations.json'), '{"schemaVersion":1,"notes":{"x":');
  const lib = await openTestLibrary(dir);
  const { report } = await lib.call<{ report: RebuildReport }>('library.rebuild', {});
  assert.deepEqual(report.setAsideFiles.sort(), ['annotations.json', 'library.json']);
  assert.equal((await lib.call<Article>('articles.get', { id: ids[0] })).note, '');
  assert.equal((await lib.call<Article>('articles.get', { id: ids[1] })).title, 'Two');
  await lib.core.close();
});
