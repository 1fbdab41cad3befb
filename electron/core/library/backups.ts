import { copyFile, mkdir, readdir, rm, stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/models.ts';
import { DATA_FILES, DATABASE_FILES } from './data-files.ts';

const DATABASE_FILE_NAMES = DATABASE_FILES.map((file) => file.name);
const LIBRARY_FILE = DATA_FILES.library.name;
const BACKUPS_KEPT = 5;

function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stampNow(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** True when every database file present parses; a damaged file must never rotate good backups away. */
async function databaseReadable(dataDir: string): Promise<boolean> {
  for (const file of DATABASE_FILE_NAMES) {
    try {
      JSON.parse(await readFile(join(dataDir, file), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      console.error(`lectern: no backup taken, ${file} is damaged`);
      return false;
    }
  }
  return true;
}

/** Copies the database files into backups/<stamp>/ and keeps only the newest few snapshots. */
export async function createBackup(dataDir: string): Promise<BackupInfo | null> {
  if (!(await databaseReadable(dataDir))) return null;
  const id = stampNow();
  const target = join(backupsDir(dataDir), id);
  await mkdir(target, { recursive: true });
  let copied = 0;
  for (const file of DATABASE_FILE_NAMES) {
    try {
      await copyFile(join(dataDir, file), join(target, file));
      copied++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (copied === 0) {
    await rm(target, { recursive: true, force: true });
    return null;
  }
  await pruneBackups(dataDir);
  return describeBackup(dataDir, id);
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
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

async function describeBackup(dataDir: string, id: string): Promise<BackupInfo | null> {
  const libraryPath = join(backupsDir(dataDir), id, LIBRARY_FILE);
  try {
    const info = await stat(libraryPath);
    let articleCount: number | null = null;
    try {
      const parsed = JSON.parse(await readFile(libraryPath, 'utf8')) as { articles?: unknown[] };
      articleCount = Array.isArray(parsed.articles) ? parsed.articles.length : null;
    } catch {
      articleCount = null;
    }
    return { id, createdAt: info.mtime.toISOString(), sizeBytes: info.size, articleCount };
  } catch {
    return null;
  }
}

/** Every backup that still holds a readable library, newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const result: BackupInfo[] = [];
  for (const id of await backupIds(dataDir)) {
    const info = await describeBackup(dataDir, id);
    if (info && info.articleCount !== null) result.push(info);
  }
  return result;
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

/**
 * Puts a backup's files in place of the current ones. The current files are moved aside to
 * damaged-<stamp>/, never deleted, so a wrong restore can itself be undone by hand.
 */
export async function restoreBackup(dataDir: string, id: string): Promise<boolean> {
  if (!/^[\w-]+$/.test(id)) return false;
  const source = join(backupsDir(dataDir), id);
  try {
    await stat(join(source, LIBRARY_FILE));
  } catch {
    return false;
  }
  const aside = join(dataDir, `damaged-${stampNow()}`);
  await mkdir(aside, { recursive: true });
  for (const file of DATABASE_FILE_NAMES) {
    try {
      await copyFile(join(dataDir, file), join(aside, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      await copyFile(join(source, file), join(dataDir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await rm(join(dataDir, file), { force: true });
    }
  }
  return true;
}
