import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from './library.ts';
import { tempDir } from '../testing/temp-dir.ts';

/** A record as Lectern wrote it before articles had tags. */
function recordWithoutTags(id: string, title: string) {
  const savedAt = '2026-01-01T08:00:00.000Z';
  return {
    id, title, byline: null, siteName: null, source: { kind: 'pasted', value: 'x' }, savedAt, updatedAt: savedAt, publishedAt: null,
    lang: 'en', dir: 'ltr', excerpt: '', leadImage: null, canonicalUrl: null, wordCount: 10, readingMinutes: 1,
    archived: false, favorite: false, finishedAt: null, deletedAt: null,
  };
}

test('a library from before tags opens with tags: [] and stays readable by the Lectern that wrote it', async () => {
  const dir = await tempDir();
  const edited = { ...recordWithoutTags('odd-1', 'Edited by hand'), tags: ['ok', 7, null] };
  await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: [recordWithoutTags('old-1', 'Before tags'), edited] }));
  // An article whose record only reached its folder, saved by that older Lectern.
  await mkdir(join(dir, 'articles', 'old-2'), { recursive: true });
  await writeFile(join(dir, 'articles', 'old-2', 'meta.json'), JSON.stringify(recordWithoutTags('old-2', 'Recovered')));

  const library = new Library(dir);
  const { migrated, recovered } = await library.open();
  assert.equal(migrated, false, 'no schema change: an older Lectern keeps the tags it does not know');
  assert.equal(recovered, 1);
  assert.deepEqual(library.get('old-1').tags, []);
  assert.deepEqual(library.get('old-2').tags, []);
  assert.deepEqual(library.get('odd-1').tags, ['ok'], 'what is not a tag is left out');

  await library.changeMany(['old-1'], (record) => ({ ...record, tags: ['Kept'] }));
  await library.close();
  const stored = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
  assert.equal(stored.schemaVersion, 1, 'so an older Lectern still opens it');
  assert.deepEqual(stored.articles.map((record: { tags: string[] }) => record.tags), [['Kept'], ['ok'], []]);
});
