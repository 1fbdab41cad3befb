import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../testing/temp-dir.ts';
import { memoryBundle } from '../sources/import-bundle.ts';
import { isLecternArchive } from './archive-format.ts';
import { openLibrary } from './testing/archive-test-library.ts';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const record = { id: ID, title: 'Kept safe', byline: null, siteName: null, source: { kind: 'url', value: 'https://example.org/a' }, savedAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z', publishedAt: null, lang: 'en', dir: 'ltr', excerpt: '', tags: [], leadImage: null, canonicalUrl: null, wordCount: 3, readingMinutes: 1, archived: false, favorite: false, finishedAt: null, deletedAt: null };

function archive(extra: Record<string, string>) {
  return memoryBundle('tampered.zip', {
    'lectern-archive.json': JSON.stringify({ format: 'lectern-archive', version: 1, createdAt: '2026-01-02T03:04:05.000Z', appVersion: '0.1.0', articleCount: 1 }),
    'library.json': JSON.stringify({ schemaVersion: 1, articles: [record] }),
    [`articles/${ID}/body.html`]: '<p>Kept safe.</p>',
    ...extra,
  }, { isZip: true });
}

/** A library folder inside a parent folder, so a file written "outside" it would show in the parent. */
async function nestedLibrary() {
  const parent = await tempDir();
  const dataDir = join(parent, 'library');
  await mkdir(dataDir);
  return { parent, dataDir };
}

for (const entry of ['articles/../../x', `articles/${ID}/../../y`, `articles/${ID}/assets/../../../z`, 'articles/..\\evil/x', `articles/${ID}/C:\\evil`]) {
  test(`an archive holding “${entry}” is refused whole, and nothing is written anywhere`, async () => {
    const { parent, dataDir } = await nestedLibrary();
    const open = await openLibrary(dataDir);
    await assert.rejects(open.archive.restore(archive({ [entry]: 'pwned' })), (error: Error) => error.message.includes(`the entry “${entry}” is not a file Lectern writes`) && /nothing was imported/.test(error.message));
    assert.equal(open.library.records().length, 0);
    await open.close();
    assert.deepEqual(await readdir(parent), ['library']);
    assert.deepEqual(await readdir(join(dataDir, 'articles')), []);
  });
}

test('an entry outside articles/ (“../evil”) is never written; the rest of the archive comes in', async () => {
  const { parent, dataDir } = await nestedLibrary();
  const open = await openLibrary(dataDir);
  const result = await open.archive.restore(archive({ '../evil': 'pwned', 'evil.json': '{}' }));
  assert.deepEqual(result.added, [ID]);
  assert.equal(await open.library.files.readBody(ID), '<p>Kept safe.</p>');
  await open.close();
  assert.deepEqual(await readdir(parent), ['library']);
  assert.ok(!(await readdir(dataDir)).includes('evil.json'));
});

test('a record whose id is not an article id is passed over with its reason, its folder never written', async () => {
  const { dataDir } = await nestedLibrary();
  const open = await openLibrary(dataDir);
  const bundle = memoryBundle('odd.zip', {
    'lectern-archive.json': JSON.stringify({ format: 'lectern-archive', version: 1 }),
    'library.json': JSON.stringify({ schemaVersion: 1, articles: [record, { ...record, id: '../../etc' }] }),
  }, { isZip: true });
  const result = await open.archive.restore(bundle);
  assert.deepEqual(result.added, [ID]);
  assert.equal(result.skipped.length, 1);
  assert.match(result.skipped[0]?.reason ?? '', /“\.\.\/\.\.\/etc” is not an article id/);
  await open.close();
});

test('an archive from a newer Lectern, or a damaged library.json, is refused naming the file', async () => {
  const { dataDir } = await nestedLibrary();
  const open = await openLibrary(dataDir);
  await assert.rejects(open.archive.restore(memoryBundle('new.zip', { 'lectern-archive.json': JSON.stringify({ format: 'lectern-archive', version: 2 }), 'library.json': '{}' }, { isZip: true })), /version 2, which this Lectern cannot read/);
  await assert.rejects(open.archive.restore(memoryBundle('newer.zip', { 'lectern-archive.json': JSON.stringify({ format: 'lectern-archive', version: 1 }), 'library.json': '{"schemaVersion":9,"articles":[]}' }, { isZip: true })), /newer\.zip: library\.json was written by a newer Lectern \(schema 9\)/);
  await assert.rejects(open.archive.restore(memoryBundle('broken.zip', { 'lectern-archive.json': JSON.stringify({ format: 'lectern-archive', version: 1 }), 'library.json': '{"schemaVersion":1,"artic' }, { isZip: true })), /broken\.zip: library\.json is damaged/);
  await open.close();
});

test('only a zip with Lectern’s manifest is taken for an archive', async () => {
  assert.equal(await isLecternArchive(archive({})), true);
  assert.equal(await isLecternArchive(memoryBundle('other.zip', { 'lectern-archive.json': '{"format":"pocket"}', 'x.csv': '' }, { isZip: true })), false);
  assert.equal(await isLecternArchive(memoryBundle('lectern-archive.json', { 'lectern-archive.json': '{"format":"lectern-archive"}' })), false);
  assert.equal(await isLecternArchive(memoryBundle('broken.zip', { 'lectern-archive.json': '{"format":', 'y': '' }, { isZip: true })), false);
});
