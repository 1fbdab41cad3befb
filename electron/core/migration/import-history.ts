/**
 * The last few imports, kept on disk so Undo and the report survive a restart: `<dataDir>/imports/<id>/`
 * holds `import.json` (the file's name and fingerprint, when it ran, its report) and `journal.json` (what
 * it changed, for Undo), each written atomically; the newest five are kept. The record is written when an
 * import starts and again when it ends, so one that still says 'running' is an import a crash stopped,
 * which the same file imported again finishes. The fingerprint lets a preview say a file came in before.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportReport } from '../../shared/models-migration.ts';
import { writeFileAtomic } from '../library/atomic-json-file.ts';
import type { ImportJournal } from './import-writer.ts';

const IMPORTS_FOLDER = 'imports';
const RECORD_FILE = 'import.json';
const JOURNAL_FILE = 'journal.json';
const KEPT = 5;

/** One import as its record says it. */
interface KeptImport {
  importId: string;
  fileName: string;
  fingerprint: string;
  startedAt: string;
  state: 'running' | 'finished';
  report: ImportReport | null;
}

type StoredJournal = Omit<ImportJournal, 'addedFields'> & { addedFields: [string, string][] };

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null; // missing, or cut short by a crash before the rename: as if never written
  }
}

export class ImportHistory {
  readonly #root: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, IMPORTS_FOLDER);
  }

  /** The folder of one import: its record, its journal, and its upload while it is previewed. */
  folder(importId: string): string {
    return join(this.#root, importId);
  }

  /** Says an import has begun (a crash from here on leaves it 'running'). */
  async started(entry: Omit<KeptImport, 'state' | 'report'>): Promise<void> {
    await mkdir(this.folder(entry.importId), { recursive: true });
    await writeFileAtomic(join(this.folder(entry.importId), RECORD_FILE), JSON.stringify({ ...entry, state: 'running', report: null }));
  }

  /** Keeps a finished import's journal, then its report, and lets the oldest go beyond the newest few. */
  async finished(entry: Omit<KeptImport, 'state' | 'report'>, report: ImportReport, journal: ImportJournal, pending: ReadonlySet<string>): Promise<void> {
    const stored: StoredJournal = { ...journal, addedFields: [...journal.addedFields] };
    await mkdir(this.folder(entry.importId), { recursive: true });
    await writeFileAtomic(join(this.folder(entry.importId), JOURNAL_FILE), JSON.stringify(stored));
    await writeFileAtomic(join(this.folder(entry.importId), RECORD_FILE), JSON.stringify({ ...entry, state: 'finished', report }));
    await this.prune(pending);
  }

  /** Every import on record, newest first. */
  async entries(): Promise<KeptImport[]> {
    const names = await readdir(this.#root).catch(() => [] as string[]);
    const entries = await Promise.all(names.map((name) => readJson<KeptImport>(join(this.#root, name, RECORD_FILE))));
    return entries.filter((entry): entry is KeptImport => entry !== null && typeof entry.startedAt === 'string').sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** The newest import of the file with this fingerprint, or null. */
  async earlier(fingerprint: string): Promise<KeptImport | null> {
    return (await this.entries()).find((entry) => entry.fingerprint === fingerprint) ?? null;
  }

  /** A finished import's report and journal, or null once it is no longer kept. */
  async load(importId: string): Promise<{ report: ImportReport; journal: ImportJournal } | null> {
    const entry = await readJson<KeptImport>(join(this.folder(importId), RECORD_FILE));
    const stored = await readJson<StoredJournal>(join(this.folder(importId), JOURNAL_FILE));
    if (entry?.state !== 'finished' || entry.report === null || stored === null) return null;
    return { report: entry.report, journal: { ...stored, addedFields: new Map(stored.addedFields) } };
  }

  /** Forgets an import (undone, or finished by a later run of its file). */
  async forget(importId: string): Promise<void> {
    await rm(this.folder(importId), { recursive: true, force: true });
  }

  /** Removes imports beyond the newest few, and folders with no record (uploads a crash left) unless pending. */
  async prune(pending: ReadonlySet<string>): Promise<void> {
    const kept = new Set((await this.entries()).slice(0, KEPT).map((entry) => entry.importId));
    for (const name of await readdir(this.#root).catch(() => [] as string[])) {
      if (!kept.has(name) && !pending.has(name)) await rm(join(this.#root, name), { recursive: true, force: true });
    }
  }
}
