/**
 * Whether a process id still names the process that took a lock. A pid alone does not: the system reuses
 * them, so a lock left by a crash can name a live, unrelated process. Where the system tells a process's
 * start time (Linux, /proc/<pid>/stat) it is recorded with the pid and compared; elsewhere (macOS, Windows)
 * the lock's heartbeat says whether its holder is still running (see library-lock.ts).
 */
import { readFileSync } from 'node:fs';

/** True while some process has this id (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or null where the
 * system does not say (no /proc, the process is gone). Only ever compared with another reading of itself.
 */
export function processStartTime(pid: number, procRoot = '/proc'): string | null {
  try {
    const stat = readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}
