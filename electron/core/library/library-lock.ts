import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  owner: string;
  since: string;
}

export type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: LockHolder };

const LOCK_FILE = 'lectern.lock';

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

/**
 * Takes the single-writer lock of a library folder. The app and the CLI may both be started on the same
 * library; only one writes at a time, the other is told who holds it. A lock left by a crashed process is taken over.
 */
export async function acquireLibraryLock(dataDir: string, owner: string): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      const holder: LockHolder = { pid: process.pid, owner, since: new Date().toISOString() };
      await handle.writeFile(JSON.stringify(holder));
      await handle.close();
      let released = false;
      return {
        acquired: true,
        release: async () => {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) return { acquired: false, holder };
      if (holder && holder.pid === process.pid) return { acquired: false, holder };
      await rm(path, { force: true });
    }
  }
  const holder = (await readHolder(path)) ?? { pid: -1, owner: 'another Lectern process', since: '' };
  return { acquired: false, holder };
}
