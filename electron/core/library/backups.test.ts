import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup, listBackups, restoreBackup } from './backups.ts';
import { databaseFileProblem } from './backup-check.ts';
import { recoverInterruptedRestore, swapInBackup } from './restore-swap.ts';
import { openTestLibrary } from '../testing/test-library.ts';

async function libraryWith(titles: string[]): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-backups-'));
  await writeLibrary(dataDir, titles);
  return dataDir;
}

async function writeLibrary(dir: string, titles: string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const articles = titles.map((title, index) => ({ id: `a${index}`, title }));
  await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles }));
  await writeFile(join(dir, 'highlights.json'), JSON.stringify({ schemaVersion: 1, highlights: { a0: { title: titles[0] } } }));
}

async function titlesIn(dir: string): Promise<string[]> {
  const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { articles: { title: string }[] };
  return library.articles.map((article) => article.title);
}

test('the light check tells whole files from torn, null, list-shaped and broken-record ones', () => {
  assert.equal(databaseFileProblem('library.json', '{"schemaVersion":1,"articles":[{"id":"a"}]}'), null);
  assert.equal(databaseFileProblem('library.json', '\uFEFF{"articles":[]}'), null);
  assert.match(databaseFileProblem('library.json', '{"articles":[{"id":') ?? '', /does not parse/);
  assert.match(databaseFileProblem('library.json', 'null') ?? '', /holds null/);
  assert.match(databaseFileProblem('annotations.json', '[]') ?? '', /holds a list/);
  assert.match(databaseFileProblem('library.json', '{"articles":[null]}') ?? '', /articles\[0\]/);
  assert.match(databaseFileProblem('highlights.json', '{"highlights":{"x":7}}') ?? '', /broken entry for x/);
  assert.match(databaseFileProblem('highlights.json', '{"highlights":{"x":[null]}}') ?? '', /broken entry for x/);
  assert.equal(databaseFileProblem('highlights.json', '{"highlights":{"x":[{"id":"h"}]}}'), null);
  assert.match(databaseFileProblem('progress.json', '') ?? '', /empty/);
});

/** A real library (written by core, so every file passes the loader's schemas): one highlighted article per title. */
async function realLibrary(titles: string[], dataDir?: string): Promise<string> {
  const { dir, core, add, highlight } = await openTestLibrary(dataDir);
  const before = new Set(await readdir(join(dir, 'backups')).catch(() => []));
  for (const title of titles) await highlight(await add(title), ['tide']);
  await core.close();
  // The close took a backup of its own (it wrote); these tests count only the backups they take.
  for (const id of await readdir(join(dir, 'backups')).catch(() => [])) if (!before.has(id)) await rm(join(dir, 'backups', id), { recursive: true });
  return dir;
}

test('a backup with a torn highlights.json is listed as not usable, after the whole ones, and cannot be restored', async () => {
  const dataDir = await realLibrary(['Old']);
  const whole = await createBackup(dataDir);
  assert.ok(whole, 'a library with highlights is backed up');
  assert.ok((await readdir(join(dataDir, 'backups', whole.id))).includes('highlights.json'));
  const tornId = '2999-01-01T00-00-00-000Z';
  await cp(join(dataDir, 'backups', whole.id), join(dataDir, 'backups', tornId), { recursive: true });
  await writeFile(join(dataDir, 'backups', tornId, 'highlights.json'), '{"schemaVersion":1,"highl');
  const badRecordId = '2998-01-01T00-00-00-000Z';
  await cp(join(dataDir, 'backups', whole.id), join(dataDir, 'backups', badRecordId), { recursive: true });
  const library = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as { articles: Record<string, unknown>[] };
  await writeFile(join(dataDir, 'backups', badRecordId, 'library.json'), JSON.stringify({ ...library, articles: [{ ...library.articles[0], title: 42 }] }));
  const backups = await listBackups(dataDir);
  assert.deepEqual(
    backups.map((backup) => [backup.id, backup.usable]),
    [
      [whole.id, true],
      [tornId, false],
      [badRecordId, false],
    ],
  );
  assert.match(backups[1]?.problem ?? '', /highlights\.json does not parse/);
  // Whole JSON with a record of the wrong shape: the full schema finds it, not only the light check.
  assert.match(backups[2]?.problem ?? '', /library\.json is damaged/);
  assert.match((await restoreBackup(dataDir, tornId)) ?? '', /is not whole: highlights\.json/);
  assert.deepEqual(await titlesIn(dataDir), ['Old']);
  await rm(dataDir, { recursive: true, force: true });
});

test('a restore swaps every file, keeps the old ones in damaged-* and prunes those folders to the newest three', async () => {
  const dataDir = await realLibrary(['Backed up']);
  const backup = await createBackup(dataDir);
  assert.ok(backup);
  await rm(join(dataDir, 'backups', backup.id, 'tags.json'), { force: true });
  for (let round = 0; round < 5; round++) {
    await realLibrary([`Later ${round}`], dataDir);
    await writeFile(join(dataDir, 'tags.json'), '{"schemaVersion":1,"colors":[]}');
    assert.equal(await restoreBackup(dataDir, backup.id), null);
    assert.deepEqual(await titlesIn(dataDir), ['Backed up']);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  const entries = (await readdir(dataDir)).sort();
  const damaged = entries.filter((name) => name.startsWith('damaged-'));
  assert.equal(damaged.length, 3);
  // The newest copy aside is the library as it was just before the last restore.
  const before = await titlesIn(join(dataDir, damaged[2] ?? ''));
  assert.ok(before.includes('Later 4') && before.includes('Backed up'), before.join(', '));
  // tags.json was not in the backup: it is removed from the library (kept in damaged-*), not left over from later.
  assert.ok(!entries.includes('tags.json'));
  assert.ok(!entries.some((name) => name.startsWith('.restore')));
  await rm(dataDir, { recursive: true, force: true });
});

test('opening after a crash before the journal keeps the old files; after the journal finishes the restore', async () => {
  const dataDir = await libraryWith(['Current']);
  const source = join(dataDir, 'backups', 'b1');
  await writeLibrary(source, ['From backup']);
  // A staging folder without a journal: the crash came before the commit point.
  await mkdir(join(dataDir, '.restore-staging-x'), { recursive: true });
  await writeFile(join(dataDir, '.restore-staging-x', 'library.json'), '{"articles":[{"title":"Half');
  assert.equal(await recoverInterruptedRestore(dataDir), 'discarded');
  assert.deepEqual(await titlesIn(dataDir), ['Current']);
  assert.equal(await recoverInterruptedRestore(dataDir), 'none');

  // A journal whose swap stopped after the first rename: the recovery finishes it.
  await swapInBackup(dataDir, source, 's1');
  await writeLibrary(dataDir, ['Current again']);
  await mkdir(join(dataDir, '.restore-staging-s2'), { recursive: true });
  await writeFile(join(dataDir, '.restore-staging-s2', 'highlights.json'), JSON.stringify({ highlights: { a0: { title: 'From backup' } } }));
  const journal = { staging: '.restore-staging-s2', install: ['library.json', 'highlights.json'], remove: ['tags.json'], aside: 'damaged-s2' };
  await writeFile(join(dataDir, '.restore-journal.json'), JSON.stringify(journal));
  await writeFile(join(dataDir, 'library.json'), JSON.stringify({ articles: [{ title: 'From backup' }] }));
  assert.equal(await recoverInterruptedRestore(dataDir), 'finished');
  assert.deepEqual(await titlesIn(dataDir), ['From backup']);
  const highlights = JSON.parse(await readFile(join(dataDir, 'highlights.json'), 'utf8')) as { highlights: { a0: { title: string } } };
  assert.equal(highlights.highlights.a0.title, 'From backup');
  assert.ok(!(await readdir(dataDir)).some((name) => name.startsWith('.restore')));
  await rm(dataDir, { recursive: true, force: true });
});

test('a library without library.json yet (nothing saved) takes no backup and raises no alarm', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-backups-'));
  await writeFile(join(dataDir, 'progress.json'), JSON.stringify({ schemaVersion: 1, progress: {} }));
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    assert.equal(await createBackup(dataDir), null);
  } finally {
    console.error = original;
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(await listBackups(dataDir), []);
  assert.deepEqual((await readdir(join(dataDir, 'backups'))).filter((name) => name.startsWith('.')), []);
  await rm(dataDir, { recursive: true, force: true });
});
