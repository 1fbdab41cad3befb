/**
 * progress.journal: reading positions made durable one small fsync'd line at a time, so progress.save can
 * answer only once the position survives a crash without rewriting progress.json on every scroll.
 * progress.json stays the store of record: the journal is replayed over it on open and compacted into it
 * (rotated to progress.journal.old, progress.json written durably, the old journal removed).
 */
import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadingProgress } from '../../shared/models.ts';

const JOURNAL_NAME = 'progress.journal';
const ROTATED_NAME = 'progress.journal.old';

/** One journal line: which article, and its position as progress.json keeps it. */
interface JournalEntry {
  id: string;
  progress: ReadingProgress;
}

function isAnchor(value: unknown): boolean {
  if (value === null) return true;
  const anchor = value as { block?: unknown; offset?: unknown };
  return typeof value === 'object' && Number.isInteger(anchor.block) && Number.isInteger(anchor.offset) && (anchor.block as number) >= 0 && (anchor.offset as number) >= 0;
}

/** A line as written by append(), or null for a torn or foreign one (it must never make progress.json invalid). */
function parseLine(line: string): JournalEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  const entry = raw as { id?: unknown; fraction?: unknown; anchor?: unknown; updatedAt?: unknown };
  if (typeof raw !== 'object' || raw === null || typeof entry.id !== 'string' || entry.id === '') return null;
  if (typeof entry.fraction !== 'number' || !Number.isFinite(entry.fraction) || typeof entry.updatedAt !== 'string' || !isAnchor(entry.anchor ?? null)) return null;
  return { id: entry.id, progress: { fraction: entry.fraction, anchor: (entry.anchor ?? null) as ReadingProgress['anchor'], updatedAt: entry.updatedAt } };
}

async function readLines(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

export class ProgressJournal {
  readonly #path: string;
  readonly #rotatedPath: string;
  #handle: FileHandle | null = null;
  /** Every append and rotation runs in this order, so a rotation never drops a line being written. */
  #chain: Promise<void> = Promise.resolve();
  #queued: string[] = [];

  constructor(dataDir: string) {
    this.#path = join(dataDir, JOURNAL_NAME);
    this.#rotatedPath = join(dataDir, ROTATED_NAME);
  }

  /** The positions written since the last compaction, oldest first; a torn line (a crash mid-write) is skipped. */
  async replay(): Promise<JournalEntry[]> {
    const entries: JournalEntry[] = [];
    for (const path of [this.#rotatedPath, this.#path]) {
      const lines = await readLines(path);
      lines.forEach((line, index) => {
        const entry = parseLine(line);
        if (entry) entries.push(entry);
        else console.error(`lectern: ${path} line ${index + 1} is incomplete (a crash while writing it); skipped`);
      });
    }
    return entries;
  }

  /** Appends one position; resolves once it is on disk. Appends that arrive during a write share the next fsync. */
  append(id: string, progress: ReadingProgress): Promise<void> {
    this.#queued.push(`${JSON.stringify({ id, ...progress })}\n`);
    return this.#enqueue(async () => {
      if (this.#queued.length === 0) return; // written by an earlier step of the chain
      const lines = this.#queued.join('');
      this.#queued = [];
      this.#handle ??= await open(this.#path, 'a');
      await this.#handle.write(lines);
      await this.#handle.datasync();
    });
  }

  /**
   * Folds the journal into progress.json: writeStore must write the whole current state durably. The
   * journal is set aside first, so appends go on into a fresh one while progress.json is written.
   */
  async compact(writeStore: () => Promise<void>): Promise<void> {
    // A journal set aside by a compaction a crash interrupted is folded in first, so the rename cannot replace it.
    if (await exists(this.#rotatedPath)) {
      await writeStore();
      await rm(this.#rotatedPath, { force: true });
    }
    await this.#enqueue(async () => {
      await this.#closeHandle();
      try {
        await rename(this.#path, this.#rotatedPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    });
    await writeStore();
    await rm(this.#rotatedPath, { force: true });
  }

  /** Waits for every append, then lets the file go. */
  async close(): Promise<void> {
    await this.#enqueue(() => this.#closeHandle());
  }

  async #closeHandle(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    await handle?.close();
  }

  #enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.#chain.then(step);
    // One failed write must not wedge every later one; its caller still sees the error.
    this.#chain = next.catch(() => undefined);
    return next;
  }
}
