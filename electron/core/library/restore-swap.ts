/**
 * Puts a backup's database files in place so that a crash at any moment leaves the old state or the new one.
 *
 * 1. The backup's files and a copy of the current ones are staged in .restore-staging-STAMP/ and fsync'd.
 * 2. The journal (.restore-journal.json) is written atomically: this is the commit point.
 * 3. Each staged file is renamed over its live one (a rename never tears a file), files the backup lacks are
 *    removed, the copy of the old files becomes damaged-STAMP/, and the journal goes.
 * Opening the library first finishes a journalled restore (step 3 again, which is idempotent) or discards a
 * staging folder that never reached its journal, so the files a crash leaves behind are never read half-swapped.
 */
import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-json-file.ts';
import { DATABASE_FILES } from './data-files.ts';

const STAGING_PREFIX = '.restore-staging-';
const JOURNAL_NAME = '.restore-journal.json';
const PREVIOUS_FOLDER = 'previous';
const DATABASE_FILE_NAMES = DATABASE_FILES.map((file) => file.name);

interface RestoreJournal {
  staging: string;
  install: string[];
  remove: string[];
  aside: string;
}

async function fsyncPath(path: string): Promise<void> {
  // Directories cannot be opened for sync on every platform; the data is still written, only less surely ordered.
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here */
  }
}

/** Copies a file and makes the copy durable; false when the source does not exist. */
async function copyDurably(from: string, to: string): Promise<boolean> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  await fsyncPath(to);
  return true;
}

/** Swaps the database files in dataDir for the ones in sourceDir; returns the damaged-* folder holding the old ones. */
export async function swapInBackup(dataDir: string, sourceDir: string, stamp: string): Promise<string> {
  const staging = `${STAGING_PREFIX}${stamp}`;
  const stagingDir = join(dataDir, staging);
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(join(stagingDir, PREVIOUS_FOLDER), { recursive: true });
  const install: string[] = [];
  const remove: string[] = [];
  for (const name of DATABASE_FILE_NAMES) {
    if (await copyDurably(join(sourceDir, name), join(stagingDir, name))) install.push(name);
    else remove.push(name);
    await copyDurably(join(dataDir, name), join(stagingDir, PREVIOUS_FOLDER, name));
  }
  await fsyncPath(join(stagingDir, PREVIOUS_FOLDER));
  await fsyncPath(stagingDir);
  const journal: RestoreJournal = { staging, install, remove, aside: `damaged-${stamp}` };
  await writeFileAtomic(join(dataDir, JOURNAL_NAME), JSON.stringify(journal));
  await finishRestore(dataDir, journal);
  return join(dataDir, journal.aside);
}

async function finishRestore(dataDir: string, journal: RestoreJournal): Promise<void> {
  const stagingDir = join(dataDir, journal.staging);
  for (const name of journal.install) {
    try {
      await rename(join(stagingDir, name), join(dataDir, name));
    } catch (error) {
      // Already moved by the run the crash interrupted.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const name of journal.remove) await rm(join(dataDir, name), { force: true });
  try {
    await rename(join(stagingDir, PREVIOUS_FOLDER), join(dataDir, journal.aside));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fsyncPath(dataDir);
  await rm(join(dataDir, JOURNAL_NAME), { force: true });
  await rm(stagingDir, { recursive: true, force: true });
  await fsyncPath(dataDir);
}

function readJournal(text: string): RestoreJournal | null {
  const journal = JSON.parse(text) as Partial<RestoreJournal>;
  const names = new Set(DATABASE_FILE_NAMES);
  const safeList = (list: unknown) => Array.isArray(list) && list.every((name) => names.has(name));
  // Only names this module writes: a journal can never make the recovery touch anything else.
  if (typeof journal.staging !== 'string' || !/^\.restore-staging-[\w-]+$/.test(journal.staging)) return null;
  if (typeof journal.aside !== 'string' || !/^damaged-[\w-]+$/.test(journal.aside)) return null;
  if (!safeList(journal.install) || !safeList(journal.remove)) return null;
  return journal as RestoreJournal;
}

/**
 * Completes or undoes a restore a crash interrupted; run before the library's files are read.
 * Returns 'finished' (the backup is in place), 'discarded' (the old files never changed) or 'none'.
 */
export async function recoverInterruptedRestore(dataDir: string): Promise<'finished' | 'discarded' | 'none'> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch {
    return 'none';
  }
  let outcome: 'finished' | 'discarded' | 'none' = 'none';
  if (entries.includes(JOURNAL_NAME)) {
    const journal = readJournal(await readFile(join(dataDir, JOURNAL_NAME), 'utf8'));
    if (journal) {
      await finishRestore(dataDir, journal);
      outcome = 'finished';
    } else {
      console.error(`lectern: ${JOURNAL_NAME} is not one Lectern wrote; left as it is`);
    }
  }
  for (const name of entries) {
    const leftover = name.startsWith(STAGING_PREFIX) || (name.startsWith(`.${JOURNAL_NAME}.`) && name.endsWith('.tmp'));
    if (!leftover) continue;
    await rm(join(dataDir, name), { recursive: true, force: true });
    if (outcome === 'none') outcome = 'discarded';
  }
  return outcome;
}
