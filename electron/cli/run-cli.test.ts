import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { createCore } from '../core/create-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';

async function lectern(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? '',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const STORY = 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps and lit the lamp before the fog came in.\n\nShips passed safely all winter.';

test('add prints new ids, list shows them, and LECTERN_DATA_DIR picks the library', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, STORY);
  const added = await lectern(['add', file], { env: { LECTERN_DATA_DIR: join(dataDir, 'lib') } });
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /^[0-9a-f-]{36}$/);

  const listed = await lectern(['list', '--json', '--data-dir', join(dataDir, 'lib')]);
  assert.equal(listed.code, 0);
  const items = JSON.parse(listed.out) as { id: string; title: string }[];
  assert.deepEqual(items.map((item) => item.id), [added.out]);
  assert.equal(items[0]?.title, 'The lighthouse keeper');
});

test('add reads standard input with -, and reports each bad file with exit code 1', async () => {
  const dataDir = await tempDir();
  const piped = await lectern(['add', '-', '--json', '--data-dir', dataDir], { stdin: '# Notes on bees\n\nBees dance to share *where* the flowers are.' });
  assert.equal(piped.code, 0, piped.err);
  assert.equal(JSON.parse(piped.out)[0].article.title, 'Notes on bees');

  const empty = join(dataDir, 'empty.txt');
  await writeFile(empty, '   \n');
  const bad = await lectern(['add', empty, join(dataDir, 'missing.md'), '--data-dir', dataDir]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /empty\.txt: /);
  assert.match(bad.err, /missing\.md does not exist/);
  assert.match(bad.err, /2 of 2 could not be added/);
});

test('wrong usage exits 2 with a hint', async () => {
  assert.equal((await lectern(['frobnicate'])).code, 2);
  assert.equal((await lectern(['add', '--data-dir', await tempDir()])).code, 2);
  const badFlag = await lectern(['list', '--colour']);
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.err, /lectern help/);
  assert.equal((await lectern(['list', '--filter', 'someday', '--data-dir', await tempDir()])).code, 2);
  const notHers = await lectern(['list', '--latest', '--data-dir', await tempDir()]);
  assert.equal(notHers.code, 2, 'an option the command does not take');
  assert.match(notHers.err, /lectern list does not take --latest/);
  assert.equal((await lectern(['help'])).code, 0);
});

test('export writes one Markdown file per article with front matter and the note', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, STORY);
  const { out: id } = await lectern(['add', file, '--data-dir', dataDir]);
  const core = await createCore({ dataDir, rendererDir: '' });
  await core.dispatch('notes.save', { id, note: 'Lovely *quiet* piece.' });
  await core.close();

  const single = await lectern(['export', id, '--with-body', '--data-dir', dataDir]);
  assert.equal(single.code, 0, single.err);
  assert.match(single.out, /^---\ntitle: The lighthouse keeper\n/);
  assert.match(single.out, /Every evening she climbed the hundred steps/);
  assert.match(single.out, /## My notes\n\nLovely \*quiet\* piece\./);

  const outDir = join(dataDir, 'export');
  const all = await lectern(['export', '--all', '--out', outDir, '--data-dir', dataDir]);
  assert.equal(all.code, 0, all.err);
  const files = await readdir(outDir);
  assert.equal(files.length, 1);
  assert.match(files[0] ?? '', /^the-lighthouse-keeper-[0-9a-f]{8}\.md$/);
  assert.match(await readFile(join(outDir, files[0] ?? ''), 'utf8'), /# The lighthouse keeper/);

  const json = await lectern(['export', id, '--format', 'json', '--data-dir', dataDir]);
  assert.equal(JSON.parse(json.out).id, id);
});

test('a locked library is refused with a clear message', async () => {
  const dataDir = await tempDir();
  const app = await createCore({ dataDir, rendererDir: '', owner: 'the Lectern app' });
  const result = await lectern(['list', '--data-dir', dataDir]);
  assert.equal(result.code, 1);
  assert.match(result.err, /open in the Lectern app/);
  await app.close();
});

test('a damaged library is never touched by add, and restore --latest brings back the backup', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, STORY);
  await lectern(['add', file, '--data-dir', dataDir]);
  const { createBackup } = await import('../core/library/backups.ts');
  await createBackup(dataDir);
  await writeFile(join(dataDir, 'library.json'), 'not json at all');

  const add = await lectern(['add', file, '--data-dir', dataDir]);
  assert.equal(add.code, 1);
  assert.match(add.err, /could not read your library/);
  assert.match(add.err, /lectern restore --latest/);
  assert.equal(await readFile(join(dataDir, 'library.json'), 'utf8'), 'not json at all');

  const restore = await lectern(['restore', '--latest', '--data-dir', dataDir]);
  assert.equal(restore.code, 0, restore.err);
  assert.match(restore.out, /Restored .*: 1 articles/);
  const listed = await lectern(['list', '--json', '--data-dir', dataDir]);
  assert.equal(JSON.parse(listed.out).length, 1);
});

test('a torn backup is listed by lectern backups as not usable, and restore --latest takes the whole one', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, STORY);
  await lectern(['add', file, '--data-dir', dataDir]);
  // The add took the library's first backup on its way out (it wrote); this test counts only the ones it takes.
  await rm(join(dataDir, 'backups'), { recursive: true, force: true });
  const { createBackup } = await import('../core/library/backups.ts');
  const whole = await createBackup(dataDir);
  assert.ok(whole);
  // A newer backup whose highlights.json was cut short: offered first before, and failing each time.
  const tornId = '2999-01-01T00-00-00-000Z';
  await mkdir(join(dataDir, 'backups', tornId));
  await writeFile(join(dataDir, 'backups', tornId, 'library.json'), '{"schemaVersion":1,"articles":[]}');
  await writeFile(join(dataDir, 'backups', tornId, 'highlights.json'), '{"schemaVersion":1,"high');
  await writeFile(join(dataDir, 'library.json'), 'not json at all');

  const listed = await lectern(['backups', '--data-dir', dataDir]);
  assert.equal(listed.code, 0, listed.err);
  const lines = listed.out.trim().split('\n');
  assert.match(lines[0] ?? '', new RegExp(`^${whole.id} .* 1 articles$`));
  assert.match(lines[1] ?? '', new RegExp(`^${tornId} .* not usable: highlights\\.json does not parse`));

  const restore = await lectern(['restore', '--latest', '--data-dir', dataDir]);
  assert.equal(restore.code, 0, restore.err);
  assert.match(restore.out, new RegExp(`Restored ${whole.id}: 1 articles`));
  const refused = await lectern(['restore', tornId, '--data-dir', dataDir]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /is not whole: highlights\.json does not parse/);
});
