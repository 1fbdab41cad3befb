import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLibraryLock, lockedMessage } from './library-lock.ts';
import { processStartTime } from './process-identity.ts';
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
  // Released properly before: nothing was left half-written.
  assert.equal(third.acquired && third.afterCrash, false);
  if (third.acquired) await third.release();
});

test('a lock left by a process that no longer exists is taken over', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'lectern.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'a crashed app', since: '' }));
  const lock = await acquireLibraryLock(dir, 'the Lectern app');
  assert.equal(lock.acquired, true);
  // The crashed holder may have left half-written files: the opener looks for them everywhere.
  assert.equal(lock.acquired && lock.afterCrash, true);
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

// Process 1 always runs, so a lock naming it is a lock naming a live process that is not Lectern.
const LIVE_PID = 1;
const writeLock = (dir: string, holder: object, minutesAgo = 0) =>
  writeFile(join(dir, 'lectern.lock'), JSON.stringify({ owner: 'the Lectern app', since: '', token: 'old', ...holder })).then(() => {
    const then = new Date(Date.now() - minutesAgo * 60_000);
    return utimes(join(dir, 'lectern.lock'), then, then);
  });

test('a lock holder records its start time where the system tells it, and a reused process id is recognised as stale', async (t) => {
  const dir = await tempDir();
  const lock = await acquireLibraryLock(dir, 'the Lectern app');
  assert.ok(lock.acquired);
  const written = JSON.parse(await readFile(join(dir, 'lectern.lock'), 'utf8'));
  await lock.release();
  if (processStartTime(LIVE_PID) === null) return t.skip('this system does not tell start times (the heartbeat covers it)');
  assert.equal(written.started, processStartTime(process.pid));
  // Process 1 is alive, but it is not the process that started at that time and took the lock.
  await writeLock(dir, { pid: LIVE_PID, started: '1' });
  const taken = await acquireLibraryLock(dir, 'the lectern command');
  assert.equal(taken.acquired, true);
  if (taken.acquired) await taken.release();
});

test('a live holder with a fresh heartbeat keeps the library, even when asked to give it up', async () => {
  const dir = await tempDir();
  await writeLock(dir, { pid: LIVE_PID });
  for (const takeOver of [false, true]) {
    const refused = await acquireLibraryLock(dir, 'the lectern command', { takeOver });
    assert.equal(refused.acquired, false);
    if (!refused.acquired) {
      assert.equal(refused.mayTakeOver, false);
      assert.equal(lockedMessage(refused), 'This library is open in the Lectern app (process 1). Close it there first, or use another library with --data-dir.');
    }
  }
});

test('a holder whose heartbeat stopped is offered for take-over, and taken over only when asked', async () => {
  const dir = await tempDir();
  await writeLock(dir, { pid: LIVE_PID }, 5);
  const refused = await acquireLibraryLock(dir, 'the lectern command');
  assert.equal(refused.acquired, false);
  if (!refused.acquired) {
    assert.equal(refused.mayTakeOver, true);
    assert.match(lockedMessage(refused), /^This library was opened by the Lectern app \(process 1\), which has shown no sign of running for 5 minutes\. .*--take-over/);
  }
  const taken = await acquireLibraryLock(dir, 'the lectern command', { takeOver: true });
  assert.equal(taken.acquired, true);
  assert.equal(JSON.parse(await readFile(join(dir, 'lectern.lock'), 'utf8')).owner, 'the lectern command');
  if (taken.acquired) await taken.release();
});

test('the holder keeps its heartbeat going, so a running Lectern never looks silent', async (t) => {
  t.mock.timers.enable({ apis: ['setInterval'] });
  const dir = await tempDir();
  const lock = await acquireLibraryLock(dir, 'the Lectern app');
  assert.ok(lock.acquired);
  const old = new Date(Date.now() - 10 * 60_000);
  await utimes(join(dir, 'lectern.lock'), old, old);
  t.mock.timers.tick(10_000);
  for (let i = 0; i < 200 && (await stat(join(dir, 'lectern.lock'))).mtimeMs < Date.now() - 60_000; i++) await new Promise((done) => setTimeout(done, 5));
  assert.ok((await stat(join(dir, 'lectern.lock'))).mtimeMs > Date.now() - 60_000, 'the heartbeat touched the lock');
  const second = await acquireLibraryLock(dir, 'the lectern command', { takeOver: true });
  assert.equal(second.acquired, false);
  await lock.release();
});
