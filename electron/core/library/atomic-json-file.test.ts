import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtomicJsonFile, CorruptFileError } from './atomic-json-file.ts';
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import { tempDir } from '../testing/temp-dir.ts';

test('a missing file reads as null and a write leaves no temp files behind', async () => {
  const dir = await tempDir();
  const file = new AtomicJsonFile<{ n: number }>(join(dir, 'a.json'));
  assert.equal(await file.read(), null);
  await file.write({ n: 1 });
  assert.deepEqual(await file.read(), { n: 1 });
  assert.deepEqual(await readdir(dir), ['a.json']);
});

test('a damaged or empty file is reported, not treated as empty', async () => {
  const dir = await tempDir();
  const path = join(dir, 'library.json');
  await writeFile(path, '{"articles": [ {"id": "x"');
  await assert.rejects(new AtomicJsonFile(path).read(), (error: unknown) => error instanceof CorruptFileError && /library\.json is damaged/.test(error.message));
  await writeFile(path, '   ');
  await assert.rejects(new AtomicJsonFile(path).read(), CorruptFileError);
  assert.equal(await readFile(path, 'utf8'), '   ');
});

test('concurrent saves never overlap and the last state wins', async () => {
  const dir = await tempDir();
  const path = join(dir, DATA_FILES.library.name);
  const doc = new JsonDocument<{ values: number[] }>(dir, DATA_FILES.library, { values: [] });
  await doc.load();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < 20; i++) {
    doc.data.values.push(i);
    writes.push(doc.save());
  }
  await Promise.all(writes);
  assert.equal(JSON.parse(await readFile(path, 'utf8')).values.length, 20);
  assert.deepEqual(await readdir(dir), [DATA_FILES.library.name]);
});

test('saveLater folds a burst of changes into one delayed write', async () => {
  const dir = await tempDir();
  const path = join(dir, 'progress.json');
  const doc = new JsonDocument<{ n: number }>(dir, DATA_FILES.progress, { n: 0 });
  await doc.load();
  for (let i = 1; i <= 5; i++) {
    doc.data.n = i;
    doc.saveLater(30);
  }
  assert.deepEqual(await readdir(dir), []);
  await doc.flush();
  assert.equal(JSON.parse(await readFile(path, 'utf8')).n, 5);
});

test('a failed write is not forgotten: the next flush writes the data', async () => {
  const dir = await tempDir();
  const folder = join(dir, 'not-yet');
  const doc = new JsonDocument<{ n: number }>(folder, DATA_FILES.progress, { n: 0 });
  doc.data.n = 7;
  await assert.rejects(doc.save(), /ENOENT/);
  await mkdir(folder);
  await doc.flush();
  assert.equal(JSON.parse(await readFile(join(folder, 'progress.json'), 'utf8')).n, 7);
});

test('each file follows its row: a damaged file that may start afresh is set aside, one that may not blocks', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, DATA_FILES.settings.name), '{"theme":');
  await writeFile(join(dir, DATA_FILES.annotations.name), '{"notes":');
  const settings = new JsonDocument<{ theme: string }>(dir, DATA_FILES.settings, { theme: 'light' });
  const aside = await settings.load();
  assert.match(aside ?? '', /settings\.json\.damaged-/);
  assert.equal(settings.data.theme, 'light');
  await assert.rejects(new JsonDocument(dir, DATA_FILES.annotations, {}).load(), CorruptFileError);
  assert.equal(await readFile(join(dir, DATA_FILES.annotations.name), 'utf8'), '{"notes":');
});

test('a file from a newer Lectern is refused even where a damaged one would start afresh', async () => {
  const dir = await tempDir();
  const newer = JSON.stringify({ schemaVersion: DATA_FILES.settings.schemaVersion + 1, theme: 'dusk' });
  await writeFile(join(dir, DATA_FILES.settings.name), newer);
  await assert.rejects(new JsonDocument(dir, DATA_FILES.settings, {}).load(), /written by a newer Lectern/);
  assert.deepEqual(await readdir(dir), [DATA_FILES.settings.name]);
});
