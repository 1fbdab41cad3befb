/**
 * What a killed process leaves in a library folder: article folders whose save never finished (no meta.json,
 * or one that does not parse) and the atomic writer's temp files (.NAME.PID.N.tmp, atomic-json-file.ts).
 * Opening the library moves them into one orphans-STAMP/ folder, never deletes them: a person can still look.
 * Folders with a whole meta.json are not leftovers; article-records.ts recovers them into the library first.
 */
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArticleFiles } from './article-files.ts';

/** The atomic writer's temp name: a leading dot, the file's name, the writer's pid and a counter. */
const TEMP_FILE = /^\..+\.\d+\.\d+\.tmp$/;
/** Folders that are not the live library: copies Lectern keeps on purpose, or leftovers already set aside. */
const NOT_LIVE = /^(backups|damaged-.*|orphans-.*|\.restore-staging-.*)$/;

/** What was moved aside: how many article folders and temp files, and where they went (null: nothing found). */
interface MovedAside {
  folders: number;
  tempFiles: number;
  orphansDir: string | null;
}

async function entriesOf(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Temp files under dir (every folder when deep, else the top level only), except in the folders Lectern keeps apart. */
async function tempFilesUnder(dir: string, top: boolean, deep: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await entriesOf(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (deep && !(top && NOT_LIVE.test(entry.name))) found.push(...(await tempFilesUnder(path, false, deep)));
    } else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/**
 * Moves article folders (of folderIds, listed once per open) that have no record and no whole meta.json,
 * and temp files, into orphans-STAMP/ (keeping their paths inside the library). Run after recovery, before anything writes. Temp files inside
 * every article folder are looked for only after a crash (deep): reading 100,000 folders on every open
 * cost seconds, and a library closed properly leaves none there.
 */
export async function moveAsideLeftovers(dataDir: string, files: ArticleFiles, folderIds: readonly string[], hasRecord: (id: string) => boolean, deep = true): Promise<MovedAside> {
  const partial: string[] = [];
  for (const id of folderIds) {
    if (hasRecord(id)) continue;
    const saved = await files.readSavedRecord(id);
    // A folder with a parseable meta.json that recovery still refused is kept in place: it is whole, not torn.
    if (saved === null) partial.push(files.folder(id));
  }
  const temps = (await tempFilesUnder(dataDir, true, deep)).filter((path) => !partial.some((folder) => path.startsWith(folder + sep)));
  if (partial.length === 0 && temps.length === 0) return { folders: 0, tempFiles: 0, orphansDir: null };
  const orphansDir = join(dataDir, `orphans-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  for (const path of [...partial, ...temps]) {
    const target = join(orphansDir, relative(dataDir, path));
    await mkdir(join(target, '..'), { recursive: true });
    await rename(path, target);
  }
  return { folders: partial.length, tempFiles: temps.length, orphansDir };
}

/** One sentence for the person, or null when the open found nothing to finish. */
export function leftoversNotice(recovered: number, moved: MovedAside): string | null {
  const parts: string[] = [];
  if (recovered > 0) parts.push(`${recovered} article${recovered === 1 ? '' : 's'} saved just before a crash ${recovered === 1 ? 'was' : 'were'} brought back`);
  if (moved.orphansDir) {
    const what = [moved.folders > 0 ? `${moved.folders} unfinished article folder${moved.folders === 1 ? '' : 's'}` : '', moved.tempFiles > 0 ? `${moved.tempFiles} unfinished temp file${moved.tempFiles === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
    parts.push(`${what} left by an interrupted write ${moved.folders + moved.tempFiles === 1 ? 'was' : 'were'} moved to ${moved.orphansDir}`);
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}
