import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface LockHolder {
  pid: number;
  owner: string;
  since: string;
  /** Tells two holders with the same pid apart (a restarted process can reuse a pid). */
  token?: string;
}

type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: LockHolder };

const LOCK_FILE = 'lectern.lock';
const unique = () => `${process.pid}.${randomBytes(6).toString('hex')}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it still holds the lock.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

/** Creates the lock file with its content in one step: link() fails if any lock is already there. */
async function tryCreate(path: string, holder: LockHolder): Promise<boolean> {
  const temp = `${path}.${unique()}.tmp`;
  await writeFile(temp, JSON.stringify(holder));
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Moves a lock left by a dead process out of the way. Rename has one winner; if what we moved turns out
 * not to be the stale lock we judged (another process replaced it meanwhile), it is linked back.
 */
const sameHolder = (a: LockHolder | null, b: LockHolder | null) =>
  a === b || (a !== null && b !== null && a.pid === b.pid && a.token === b.token && a.since === b.since);

async function takeOverStale(path: string, stale: LockHolder | null): Promise<void> {
  // Look again right before moving it: another opener may have replaced the stale lock meanwhile.
  if (!sameHolder(await readHolder(path), stale)) return;
  const aside = `${path}.stale.${unique()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (!sameHolder(moved, stale)) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/**
 * Takes the single-writer lock of a library folder. The app and the CLI may both be started on the same
 * library; only one writes at a time, the other is told who holds it. A lock left by a crashed process is taken over.
 */
export async function acquireLibraryLock(dataDir: string, owner: string): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, owner, since: new Date().toISOString(), token: unique() };
  for (let attempt = 0; attempt < 3; attempt++) {
    // The read-back catches the rare race in which a concurrent stale takeover moved our fresh lock away.
    if ((await tryCreate(path, mine)) && (await readHolder(path))?.token === mine.token) {
      let released = false;
      return {
        acquired: true,
        release: async () => {
          if (released) return;
          released = true;
          // Only our own lock is removed, never one another process has taken since.
          const current = await readHolder(path);
          if (current?.token === mine.token) await rm(path, { force: true });
        },
      };
    }
    const holder = await readHolder(path);
    if (holder && isAlive(holder.pid)) return { acquired: false, holder };
    await takeOverStale(path, holder);
  }
  const holder = (await readHolder(path)) ?? { pid: -1, owner: 'another Lectern process', since: '' };
  return { acquired: false, holder };
}
