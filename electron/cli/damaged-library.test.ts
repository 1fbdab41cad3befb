// A library whose files parse but are wrong reaches the CLI as a sentence naming the file and record, never a stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { tempDir } from '../core/testing/temp-dir.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

async function lectern(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), env: {}, readStdin: async () => '' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('a lock left by a Lectern that stopped running is taken over with --take-over, and only then', async () => {
  const dataDir = await tempDir();
  const lock = join(dataDir, 'lectern.lock');
  // Process 1 is alive but is no Lectern; the lock has not been touched for ten minutes.
  await writeFile(lock, JSON.stringify({ pid: 1, owner: 'the Lectern app', since: '', token: 'old' }));
  const then = new Date(Date.now() - 10 * 60_000);
  await utimes(lock, then, then);
  const refused = await lectern(['list', '--data-dir', dataDir]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /shown no sign of running for 10 minutes.*--take-over/);
  const taken = await lectern(['list', '--take-over', '--data-dir', dataDir]);
  assert.equal(taken.code, 0, taken.err);
  assert.equal(await exists(lock), false, 'released when the command ends');
});

test('the CLI answers a library.json with a null record with a sentence, not a stack', async () => {
  const dataDir = await tempDir();
  await writeFile(join(dataDir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: [null] }));
  const err: string[] = [];
  const code = await runCli(['list', '--data-dir', dataDir], { out: () => {}, err: (line) => err.push(line), env: {}, readStdin: async () => '' });
  assert.equal(code === 0, false);
  assert.match(err.join('\n'), /library\.json is damaged \(article 1 is null, not a record Lectern can read\)/);
  assert.doesNotMatch(err.join('\n'), /unexpected error|    at /);
  assert.equal(await exists(join(dataDir, 'lectern.lock')), false);
});
