import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../core/testing/temp-dir.ts';
import type { ArticleSummary, TagInfo } from '../../shared/models.ts';
import { runLectern } from '../testing/run-lectern.ts';

const lectern = (args: string[]) => runLectern(args);

async function libraryWithTwoArticles() {
  const dataDir = await tempDir();
  const ids: string[] = [];
  for (const [name, text] of [['keeper.txt', 'The lighthouse keeper\n\nShe lit the lamp.'], ['mill.txt', 'The mill\n\nThe river ran slowly.']] as const) {
    await writeFile(join(dataDir, name), text);
    const added = await lectern(['add', join(dataDir, name), '--data-dir', dataDir]);
    assert.equal(added.code, 0, added.err);
    ids.push(added.out);
  }
  return { dataDir, keeper: ids[0] as string, mill: ids[1] as string };
}

test('lectern tag adds tags in the library\'s spelling, untag takes them off, and list --json carries them', async () => {
  const { dataDir, keeper, mill } = await libraryWithTwoArticles();
  const at = ['--data-dir', dataDir];
  const first = await lectern(['tag', keeper, 'Café', 'to read', ...at]);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out, 'Tagged “The lighthouse keeper”: #Café #to read');
  assert.equal((await lectern(['tag', mill, 'CAFE', ...at])).out, 'Tagged “The mill”: #Café');
  assert.equal((await lectern(['tag', mill, '#café', ...at])).out, '“The mill” already had those tags: #Café');

  const listed = JSON.parse((await lectern(['list', '--json', ...at])).out) as ArticleSummary[];
  assert.deepEqual(Object.fromEntries(listed.map((article) => [article.id, article.tags])), { [keeper]: ['Café', 'to read'], [mill]: ['Café'] });

  assert.equal((await lectern(['untag', keeper, 'TO READ', ...at])).out, 'Untagged “The lighthouse keeper”; it has #Café');
  assert.equal((await lectern(['untag', mill, 'cafe', ...at])).out, 'Untagged “The mill”; it has no tags');
  assert.equal((await lectern(['untag', mill, 'cafe', ...at])).out, '“The mill” had none of those tags; it has no tags');
});

test('lectern tags lists every tag with its counts, most used first, and --json gives them whole', async () => {
  const { dataDir, keeper, mill } = await libraryWithTwoArticles();
  const at = ['--data-dir', dataDir];
  assert.equal((await lectern(['tags', ...at])).out, 'No tags yet. Tag an article with `lectern tag ID TAG`.');
  await lectern(['tag', keeper, 'light', 'sea', ...at]);
  await lectern(['tag', mill, 'Light', ...at]);
  const listed = await lectern(['tags', ...at]);
  assert.equal(listed.code, 0, listed.err);
  assert.equal(listed.out, '#light  2 articles\n#sea    1 article');
  const json = JSON.parse((await lectern(['tags', '--json', ...at])).out) as TagInfo[];
  assert.deepEqual(json, [
    { name: 'light', color: null, articleCount: 2, highlightCount: 0 },
    { name: 'sea', color: null, articleCount: 1, highlightCount: 0 },
  ]);
});

test('lectern tag and untag explain wrong usage, bad tags and unknown articles', async () => {
  const { dataDir, keeper } = await libraryWithTwoArticles();
  const at = ['--data-dir', dataDir];
  const noTag = await lectern(['tag', keeper, ...at]);
  assert.equal(noTag.code, 2);
  assert.match(noTag.err, /needs an article id and at least one tag/);
  assert.equal((await lectern(['untag', ...at])).code, 2);
  assert.equal((await lectern(['tags', 'extra', ...at])).code, 2);
  const long = await lectern(['tag', keeper, 'x'.repeat(500), ...at]);
  assert.equal(long.code, 1);
  assert.match(long.err, /a tag can be at most 64 characters/);
  const unknown = await lectern(['tag', 'a0000000-0000-0000-0000-000000000000', 'x', ...at]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /is not in the library/);
  const notAnId = await lectern(['tag', 'Not An Id', 'x', ...at]);
  assert.equal(notAnId.code, 1);
  assert.match(notAnId.err, /not an article id/);
});
