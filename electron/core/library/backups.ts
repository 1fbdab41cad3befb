import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/models.ts';
import { databaseFileProblem, verifyBackupFolder } from './backup-check.ts';
import { DATA_FILES, DATABASE_FILES } from './data-files.ts';
import { swapInBackup } from './restore-swap.ts';

const DATABASE_FILE_NAMES = DATABASE_FILES.map((file) => file.name);
const LIBRARY_FILE = DATA_FILES.library.name;
const BACKUPS_KEPT = 5;
/** Old database copies left by restores; each is a full copy, so only the newest few are worth their space. */
const DAMAGED_FOLDERS_KEPT = 3;

function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stampNow(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** True when every database file present parses; a damaged file must never rotate good backups away. */
async function databaseReadable(dataDir: string): Promise<boolean> {
  for (const file of DATABASE_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(join(dataDir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      console.error(`lectern: no backup taken, ${file} cannot be read`);
      return false;
    }
    const problem = databaseFileProblem(file, text);
    if (problem) {
      console.error(`lectern: no backup taken, ${problem}`);
      return false;
    }
  }
  return true;
}

/** Copies the database files into backups/<stamp>/ and keeps only the newest few snapshots. */
export async function createBackup(dataDir: string): Promise<BackupInfo | null> {
  if (!(await databaseReadable(dataDir))) return null;
  const id = stampNow();
  // Copied into a hidden folder first and renamed when complete, so a crash never leaves a half backup listed.
  const target = join(backupsDir(dataDir), `.partial-${id}`);
  await mkdir(target, { recursive: true });
  const copied = new Set<string>();
  for (const file of DATABASE_FILE_NAMES) {
    try {
      await copyFile(join(dataDir, file), join(target, file));
      copied.add(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // A library that has never saved an article has no library.json yet: nothing worth a backup, and no alarm.
  if (!copied.has(LIBRARY_FILE)) {
    await rm(target, { recursive: true, force: true });
    return null;
  }
  // Counted only once the copy itself reads back whole: a backup that would fail its restore must not rotate a good one away.
  const { problem } = await verifyBackupFolder(target);
  if (problem !== null) {
    await rm(target, { recursive: true, force: true });
    console.error(`lectern: the backup just taken did not verify and was dropped: ${problem}`);
    return null;
  }
  await syncFolder(target);
  await rename(target, join(backupsDir(dataDir), id));
  await pruneBackups(dataDir);
  return describeBackup(dataDir, id);
}

/** Makes the copies durable before the folder is renamed into the list (a crash must not list empty files). */
async function syncFolder(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    const handle = await open(join(folder, name), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

async function pruneBackups(dataDir: string): Promise<void> {
  const ids = await backupIds(dataDir);
  for (const id of ids.slice(BACKUPS_KEPT)) {
    await rm(join(backupsDir(dataDir), id), { recursive: true, force: true });
  }
}

/** Backup ids, newest first. */
async function backupIds(dataDir: string): Promise<string[]> {
  try {
    const entries = await readdir(backupsDir(dataDir), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

async function describeBackup(dataDir: string, id: string): Promise<BackupInfo | null> {
  const folder = join(backupsDir(dataDir), id);
  try {
    const info = await stat(join(folder, LIBRARY_FILE));
    const { problem, articleCount } = await verifyBackupFolder(folder);
    return { id, createdAt: info.mtime.toISOString(), sizeBytes: info.size, articleCount, usable: problem === null, problem };
  } catch {
    return null;
  }
}

/**
 * Every backup that holds a library, usable ones first (newest first within each group): a backup with a
 * torn or wrong-shaped file is listed, with its problem, but never offered ahead of a whole one.
 */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const result: BackupInfo[] = [];
  for (const id of await backupIds(dataDir)) {
    const info = await describeBackup(dataDir, id);
    if (info) result.push(info);
  }
  return [...result.filter((backup) => backup.usable), ...result.filter((backup) => !backup.usable)];
}

/** When the newest backup was taken, or null when there is none. */
export async function newestBackupTime(dataDir: string): Promise<number | null> {
  const [newest] = await backupIds(dataDir);
  if (!newest) return null;
  try {
    return (await stat(join(backupsDir(dataDir), newest))).mtimeMs;
  } catch {
    return null;
  }
}

/** Removes all but the newest few damaged-* folders that restores leave behind. */
async function pruneDamagedFolders(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('damaged-'))
    .map((entry) => entry.name)
    .sort()
    .reverse();
  for (const name of folders.slice(DAMAGED_FOLDERS_KEPT)) await rm(join(dataDir, name), { recursive: true, force: true });
}

/**
 * Puts a whole backup's files in place of the current ones, atomically (see restore-swap.ts). The current
 * files are moved to damaged-<stamp>/, never deleted, so a wrong restore can itself be undone by hand; the
 * newest three such folders are kept. Returns null on success, or why the backup cannot be restored.
 */
export async function restoreBackup(dataDir: string, id: string): Promise<string | null> {
  const source = join(backupsDir(dataDir), id);
  if (!/^[\w-]+$/.test(id) || !(await stat(source).then((info) => info.isDirectory(), () => false))) return `There is no backup called ${id}.`;
  const { problem } = await verifyBackupFolder(source);
  if (problem !== null) return `The backup ${id} is not whole: ${problem}`;
  await swapInBackup(dataDir, source, stampNow());
  await pruneDamagedFolders(dataDir);
  return null;
}
