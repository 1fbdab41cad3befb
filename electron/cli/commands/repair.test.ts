import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLectern } from '../testing/run-lectern.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';

const lectern = (args: string[]) => runLectern(args);

test('lectern repair --dry-run says what it would recover; lectern repair rebuilds a damaged library.json', async () => {
  const dir = await tempDir();
  const file = join(dir, 'story.txt');
  await writeFile(file, 'The mill\n\nThe river ran slowly past the mill all summer.');
  const lib = join(dir, 'lib');
  const added = await lectern(['add', file, '--data-dir', lib]);
  assert.equal(added.code, 0, added.err);
  await rm(join(lib, 'backups'), { recursive: true, force: true });
  await writeFile(join(lib, 'library.json'), '{"articles":[');
  assert.notEqual((await lectern(['list', '--data-dir', lib])).code, 0);

  const dry = await lectern(['repair', '--dry-run', '--data-dir', lib]);
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /^1 articles would be in the library; 1 of them would be recovered from their folders\./);
  assert.match(dry.out, /would be moved aside \(not deleted\): library\.json/);
  assert.equal(await readFile(join(lib, 'library.json'), 'utf8'), '{"articles":[');

  const done = await lectern(['repair', '--data-dir', lib]);
  assert.equal(done.code, 0, done.err);
  assert.match(done.out, /The previous files are in .*damaged-rebuild-/);
  const listed = await lectern(['list', '--json', '--data-dir', lib]);
  assert.equal(listed.code, 0, listed.err);
  assert.deepEqual((JSON.parse(listed.out) as { id: string }[]).map((item) => item.id), [added.out]);
});
