/**
 * The way out when library.json is damaged and no backup helps: every article keeps its record beside its
 * body (articles/<id>/meta.json), so library.json can be written again from the folders. Notes, highlights,
 * progress and the other files are kept where they are intact; a damaged one is set aside, never overwritten.
 * The new set is swapped in like a restore (restore-swap.ts): a crash leaves the old files or the new ones,
 * and the old ones are kept in damaged-STAMP/.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RebuildReport } from '../../shared/models.ts';
import { ArticleFiles } from './article-files.ts';
import { wholeFileProblem } from './backup-check.ts';
import { readArticleRecord } from './data-file-schemas.ts';
import { DATA_FILES, DATABASE_FILES } from './data-files.ts';
import { withAddedFields } from './migrations.ts';
import { swapInBackup } from './restore-swap.ts';
import type { ArticleRecord, LibraryFile } from './schema.ts';

interface FileVerdict {
  name: string;
  text: string | null;
  intact: boolean;
}

async function readVerdict(dataDir: string, name: string): Promise<FileVerdict> {
  const path = join(dataDir, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { name, text: null, intact: false };
  }
  return { name, text, intact: wholeFileProblem(name, text, path) === null };
}

/** The records an intact library.json holds, so a repair of a readable library keeps its later edits (tags, flags). */
function currentRecords(library: FileVerdict): Map<string, ArticleRecord> {
  if (!library.intact || library.text === null) return new Map();
  const data = JSON.parse(library.text.replace(/^\uFEFF/, '')) as LibraryFile;
  const records = data.articles.map((raw) => readArticleRecord(raw)).filter((record): record is ArticleRecord => record !== null);
  return new Map(records.map((record) => [record.id, record]));
}

/** The records in every article folder's meta.json; folders without a readable one are named. */
async function folderRecords(files: ArticleFiles): Promise<{ records: ArticleRecord[]; unreadable: string[] }> {
  const records: ArticleRecord[] = [];
  const unreadable: string[] = [];
  for (const id of (await files.folderIds()).sort()) {
    const saved = await files.readSavedRecord(id);
    const record = readArticleRecord(typeof saved === 'object' && saved !== null ? withAddedFields({ ...(saved as ArticleRecord) }) : null);
    if (record && record.id === id) records.push({ ...record, deletedAt: null });
    else unreadable.push(id);
  }
  return { records, unreadable };
}

/**
 * Rebuilds library.json from the article folders (an intact library.json's records win for the ids it has);
 * with dryRun nothing is written and the report says what would happen. Run under the library's lock, closed.
 */
export async function rebuildLibrary(dataDir: string, options: { dryRun: boolean }): Promise<RebuildReport> {
  const verdicts = await Promise.all(DATABASE_FILES.map((file) => readVerdict(dataDir, file.name)));
  const library = verdicts.find((verdict) => verdict.name === DATA_FILES.library.name) as FileVerdict;
  const current = currentRecords(library);
  const { records: fromFolders, unreadable } = await folderRecords(new ArticleFiles(dataDir));
  const merged = new Map(current);
  let recovered = 0;
  for (const record of fromFolders) {
    if (merged.has(record.id)) continue;
    merged.set(record.id, record);
    recovered++;
  }
  const others = verdicts.filter((verdict) => verdict !== library && verdict.text !== null);
  const report: RebuildReport = {
    articleCount: merged.size,
    fromFolders: recovered,
    unreadableFolders: unreadable,
    keptFiles: others.filter((verdict) => verdict.intact).map((verdict) => verdict.name),
    setAsideFiles: [...(library.text !== null && !library.intact ? [library.name] : []), ...others.filter((verdict) => !verdict.intact).map((verdict) => verdict.name)],
    asideDir: null,
  };
  if (options.dryRun) return report;

  // The new set is staged outside the library, then swapped in whole; what it lacks (damaged files) is moved aside.
  const source = await mkdtemp(join(tmpdir(), 'lectern-rebuild-'));
  try {
    const rebuilt: LibraryFile = { schemaVersion: DATA_FILES.library.schemaVersion, articles: [...merged.values()] };
    await writeFile(join(source, library.name), JSON.stringify(rebuilt));
    for (const verdict of others) if (verdict.intact && verdict.text !== null) await writeFile(join(source, verdict.name), verdict.text);
    report.asideDir = await swapInBackup(dataDir, source, `rebuild-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  } finally {
    await rm(source, { recursive: true, force: true });
  }
  return report;
}
