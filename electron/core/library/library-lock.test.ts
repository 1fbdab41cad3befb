import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLibraryLock } from './library-lock.ts';
import { tempDir } from '../testing/temp-dir.ts';

test('a second opener is refused and told who holds the library', async () => {
  const dir = await tempDir();
  const first = await acquireLibraryLock(dir, 'the Lectern app');
  assert.equal(first.acquired, true);
  const second = await acquireLibraryLock(dir, 'the lectern command');
  assert.equal(second.acquired, false);
  if (!second.acquired) assert.equal(second.holder.owner, 'the Lectern app');
  if (first.acquired) await first.release();
  const third = await acquireLibraryLock(dir, 'the lectern command');
  assert.equal(third.acquired, true);
  if (third.acquired) await third.release();
});

test('a lock left by a process that no longer exists is taken over', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'lectern.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'a crashed app', since: '' }));
  const lock = await acquireLibraryLock(dir, 'the Lectern app');
  assert.equal(lock.acquired, true);
  if (lock.acquired) await lock.release();
});

test('of many openers racing for a stale lock, exactly one wins', async () => {
  const dir = await tempDir();
  for (let round = 0; round < 20; round++) {
    await writeFile(join(dir, 'lectern.lock'), JSON.stringify({ pid: 2 ** 22 + 999, owner: 'a crashed app', since: '' }));
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => acquireLibraryLock(dir, `opener ${i}`)));
    const winners = results.filter((result) => result.acquired);
    assert.equal(winners.length, 1, `round ${round}`);
    for (const winner of winners) if (winner.acquired) await winner.release();
  }
});

test('releasing never removes a lock another process holds', async () => {
  const dir = await tempDir();
  const first = await acquireLibraryLock(dir, 'the Lectern app');
  assert.ok(first.acquired);
  await writeFile(join(dir, 'lectern.lock'), JSON.stringify({ pid: process.pid, owner: 'someone else', since: '', token: 'theirs' }));
  if (first.acquired) await first.release();
  const holder = JSON.parse(await readFile(join(dir, 'lectern.lock'), 'utf8'));
  assert.equal(holder.token, 'theirs');
});
