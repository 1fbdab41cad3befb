// A library used only from the command line is backed up too: a command that wrote takes a verified backup
// on its way out when none is recent, and keeps the last five.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { tempDir } from '../core/testing/temp-dir.ts';

async function lectern(args: string[]) {
  const err: string[] = [];
  const code = await runCli(args, { out: () => {}, err: (line) => err.push(line), env: {}, readStdin: async () => '' });
  return { code, err: err.join('\n') };
}

const backupsIn = async (dataDir: string) => (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();

test('a CLI command that writes takes one verified backup, a command that only reads takes none', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, 'The mill\n\nThe river ran slowly past the mill all summer.');
  const lib = join(dataDir, 'lib');
  assert.equal((await lectern(['list', '--data-dir', lib])).code, 0);
  assert.deepEqual(await backupsIn(lib), []);

  assert.equal((await lectern(['add', file, '--data-dir', lib])).code, 0);
  const [first, ...rest] = await backupsIn(lib);
  assert.equal(rest.length, 0);
  const backups = await lectern(['backups', '--data-dir', lib]);
  assert.equal(backups.code, 0);
  assert.ok(first);
  assert.ok((await readdir(join(lib, 'backups', first ?? ''))).includes('library.json'));

  // A recent backup is enough: the next write does not take another.
  assert.equal((await lectern(['add', file, '--data-dir', lib])).code, 0);
  assert.deepEqual(await backupsIn(lib), [first]);
});

test('old backups rotate to the newest five once a new one is due', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, 'The mill\n\nThe river ran slowly past the mill all summer.');
  const lib = join(dataDir, 'lib');
  assert.equal((await lectern(['add', file, '--data-dir', lib])).code, 0);
  const [real] = await backupsIn(lib);
  // Five old backups (the library's own files, stamped long ago) make the next one due and one too many.
  const old = ['2020-01-01T00-00-00-000Z', '2020-01-02T00-00-00-000Z', '2020-01-03T00-00-00-000Z', '2020-01-04T00-00-00-000Z', '2020-01-05T00-00-00-000Z'];
  for (const id of old) await cp(join(lib, 'backups', real ?? ''), join(lib, 'backups', id), { recursive: true });
  const longAgo = new Date('2020-01-06T00:00:00Z');
  await utimes(join(lib, 'backups', real ?? ''), longAgo, longAgo);
  assert.equal((await lectern(['add', file, '--data-dir', lib])).code, 0);
  const after = await backupsIn(lib);
  assert.equal(after.length, 5);
  assert.ok(!after.includes(old[0] ?? ''));
  assert.ok(after.includes(real ?? ''));
});
