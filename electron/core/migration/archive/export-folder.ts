/**
 * `<dataDir>/exports/`: archives written for the window to download (the app protocol serves them at
 * `/exports/<name>`). Only names this module gives out are served, and only the newest few are kept.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const EXPORTS_FOLDER = 'exports';
const EXPORT_FILE_NAME = /^lectern-\d{4}-\d{2}-\d{2}(?:-\d{1,4})?\.zip$/;
const EXPORTS_KEPT = 3;

/** The exports folder of a library. */
export function exportsFolder(dataDir: string): string {
  return join(dataDir, EXPORTS_FOLDER);
}

/** True for a name an export written here could have: nothing else in (or outside) the folder is ever served. */
export function isExportFileName(name: string): boolean {
  return EXPORT_FILE_NAME.test(name);
}

/** `lectern-2026-03-01.zip`, or `lectern-2026-03-01-2.zip` when today's name is taken (an earlier one may be downloading). */
export async function freshExportName(dataDir: string, now = new Date()): Promise<string> {
  const day = `lectern-${now.toISOString().slice(0, 10)}`;
  const taken = new Set(await exportNames(dataDir));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${day}.zip` : `${day}-${n}.zip`;
    if (!taken.has(name)) return name;
  }
}

async function exportNames(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(exportsFolder(dataDir))).filter(isExportFileName);
  } catch {
    return [];
  }
}

/** Removes all but the newest few exports (by time written); `keep` is never removed. */
export async function pruneExports(dataDir: string, keep: string): Promise<void> {
  const folder = exportsFolder(dataDir);
  const dated = await Promise.all(
    (await exportNames(dataDir)).map(async (name) => ({ name, time: await stat(join(folder, name)).then((info) => info.mtimeMs, () => 0) })),
  );
  const othersNewestFirst = dated.filter(({ name }) => name !== keep).sort((a, b) => b.time - a.time);
  for (const { name } of othersNewestFirst.slice(EXPORTS_KEPT - 1)) await rm(join(folder, name), { force: true });
}
