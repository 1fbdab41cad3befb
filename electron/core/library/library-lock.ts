import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive, processStartTime } from './process-identity.ts';

interface LockHolder {
  pid: number;
  owner: string;
  since: string;
  /** Tells two holders with the same pid apart (a restarted process can reuse a pid). */
  token?: string;
  /** The holder's start time where the system tells it (Linux): a live process with another start time reused the pid. */
  started?: string | null;
}

/** Refused: who holds the library, and whether it has stopped refreshing the lock (then it may be taken over on request). */
interface LockRefusal {
  acquired: false;
  holder: LockHolder;
  silentForMs: number;
  mayTakeOver: boolean;
}

/** afterCrash: the lock of a holder that ended without releasing it was taken over (it crashed, or was killed). */
type LockResult = { acquired: true; release: () => Promise<void>; afterCrash: boolean } | LockRefusal;

/**
 * The heartbeat, the one sign of life that works on every system: the holder touches the lock file's
 * modification time this often. A lock untouched for SILENT_AFTER_MS belongs to a holder that is not
 * running (or is frozen); it is taken over only when asked (`lectern --take-over`, library.takeOver),
 * because a sleeping laptop's app is silent too until it wakes.
 */
const HEARTBEAT_MS = 10_000;
const SILENT_AFTER_MS = 60_000;

const LOCK_FILE = 'lectern.lock';
const unique = () => `${process.pid}.${randomBytes(6).toString('hex')}`;

/** Gone: provably not running (no such process, or its id now names a process started at another time). */
function isGone(holder: LockHolder): boolean {
  if (!isProcessAlive(holder.pid)) return true;
  const started = holder.started ? processStartTime(holder.pid) : null;
  return started !== null && started !== holder.started;
}

async function silentFor(path: string): Promise<number> {
  try {
    return Math.max(0, Date.now() - (await stat(path)).mtimeMs);
  } catch {
    return 0;
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
 * library; only one writes at a time, the other is told who holds it. A lock whose holder is provably gone
 * (crashed, its pid reused) is taken over; one whose heartbeat stopped is taken over only with takeOver.
 */
export async function acquireLibraryLock(dataDir: string, owner: string, options: { takeOver?: boolean } = {}): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, owner, since: new Date().toISOString(), token: unique(), started: processStartTime(process.pid) };
  let afterCrash = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    // The read-back catches the rare race in which a concurrent stale takeover moved our fresh lock away.
    if ((await tryCreate(path, mine)) && (await readHolder(path))?.token === mine.token) return { acquired: true, release: holdLock(path, mine), afterCrash };
    const holder = await readHolder(path);
    if (holder && !isGone(holder)) {
      const silentForMs = await silentFor(path);
      const mayTakeOver = silentForMs > SILENT_AFTER_MS;
      if (!(mayTakeOver && options.takeOver)) return { acquired: false, holder, silentForMs, mayTakeOver };
    }
    afterCrash = true;
    await takeOverStale(path, holder);
  }
  const holder = (await readHolder(path)) ?? { pid: -1, owner: 'another Lectern process', since: '' };
  return { acquired: false, holder, silentForMs: await silentFor(path), mayTakeOver: false };
}

/** Keeps the heartbeat going while the lock is held; answers the release, which removes only our own lock. */
function holdLock(path: string, mine: LockHolder): () => Promise<void> {
  const isMine = async () => (await readHolder(path))?.token === mine.token;
  const beat = async () => {
    const now = new Date();
    if (await isMine()) await utimes(path, now, now);
  };
  const heartbeat = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    // Only our own lock is removed, never one another process has taken since.
    if (await isMine()) await rm(path, { force: true });
  };
}

/** What the locked screen and the CLI say: close it there, or, when the holder has gone quiet, how to take over. */
export function lockedMessage(refusal: LockRefusal): string {
  const { holder } = refusal;
  if (!refusal.mayTakeOver) {
    return `This library is open in ${holder.owner} (process ${holder.pid}). Close it there first, or use another library with --data-dir.`;
  }
  const minutes = Math.round(refusal.silentForMs / 60_000);
  return (
    `This library was opened by ${holder.owner} (process ${holder.pid}), which has shown no sign of running for ${minutes === 1 ? 'a minute' : `${minutes} minutes`}. ` +
    'If Lectern is not running there, take the library over: run the command again with --take-over, or choose Take over.'
  );
}
