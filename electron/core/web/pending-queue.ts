import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../library/atomic-json-file.ts';
import { nextRetryTime } from './retry-schedule.ts';
import { isRetryableCode } from './web-error.ts';

/** A link that could not be saved yet. Plain JSON: it crosses to the front ends as is. */
export interface PendingCapture {
  id: string;
  url: string;
  addedAt: string;
  attempts: number;
  lastTriedAt: string;
  /** ISO time of the next automatic try; null when it waits for the user (not retryable, or retries used up). */
  nextRetryAt: string | null;
  error: { code: string; message: string };
  /** The user asked to keep the whole page when no article is found. */
  wholePage: boolean;
}

interface PendingFile {
  version: 1;
  items: PendingCapture[];
}

/**
 * Failed saves kept in pending-captures.json beside the library, written atomically on every
 * change, so a link typed in is never lost to a bad connection or a crash.
 */
export class PendingQueue {
  readonly path: string;
  readonly #now: () => number;
  readonly #random: () => number;
  #items: PendingCapture[] = [];
  #writing: Promise<void> = Promise.resolve();

  constructor(path: string, options: { now?: () => number; random?: () => number } = {}) {
    this.path = path;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  /** Reads the file; a damaged one is moved aside (kept for rescue) and the queue starts empty. */
  async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as PendingFile;
      if (!Array.isArray(parsed.items)) throw new Error('no items');
      this.#items = parsed.items.filter((item) => typeof item?.url === 'string' && typeof item.id === 'string');
    } catch {
      const aside = `${this.path}.damaged-${this.#now()}`;
      await rename(this.path, aside);
      console.error(`lectern: ${this.path} was damaged; kept as ${aside}`);
    }
  }

  /** Newest first, as the list shows them. */
  list(): PendingCapture[] {
    return [...this.#items].sort((a, b) => b.addedAt.localeCompare(a.addedAt)).map((item) => ({ ...item, error: { ...item.error } }));
  }

  get(id: string): PendingCapture | undefined {
    return this.#items.find((item) => item.id === id);
  }

  findByUrl(url: string): PendingCapture | undefined {
    return this.#items.find((item) => item.url === url);
  }

  get size(): number {
    return this.#items.length;
  }

  /** Records a failed attempt for url (adding it if new) and schedules the next automatic try. */
  async recordFailure(url: string, error: { code: string; message: string }, wholePage = false): Promise<PendingCapture> {
    const now = this.#now();
    let item = this.findByUrl(url);
    if (!item) {
      item = { id: randomUUID(), url, addedAt: new Date(now).toISOString(), attempts: 0, lastTriedAt: '', nextRetryAt: null, error, wholePage };
      this.#items.push(item);
    }
    item.attempts += 1;
    item.lastTriedAt = new Date(now).toISOString();
    item.error = { code: error.code, message: error.message };
    item.wholePage = wholePage || item.wholePage;
    const next = isRetryableCode(error.code) ? nextRetryTime(item.attempts, now, this.#random) : null;
    item.nextRetryAt = next === null ? null : new Date(next).toISOString();
    await this.#save();
    return { ...item };
  }

  /** Forgets a link (saved at last, or removed by the user). */
  async remove(id: string): Promise<boolean> {
    const before = this.#items.length;
    this.#items = this.#items.filter((item) => item.id !== id);
    if (this.#items.length === before) return false;
    await this.#save();
    return true;
  }

  /** Items whose automatic retry time has come. */
  due(now = this.#now()): PendingCapture[] {
    return this.#items.filter((item) => item.nextRetryAt !== null && Date.parse(item.nextRetryAt) <= now);
  }

  /** Earliest scheduled retry, in epoch ms, or null. */
  nextDue(): number | null {
    const times = this.#items.flatMap((item) => (item.nextRetryAt ? [Date.parse(item.nextRetryAt)] : []));
    return times.length ? Math.min(...times) : null;
  }

  async #save(): Promise<void> {
    const data: PendingFile = { version: 1, items: this.#items };
    const text = JSON.stringify(data, null, 1);
    // Writes are chained so two quick changes cannot land out of order.
    const write = this.#writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, text);
    });
    this.#writing = write.catch(() => {});
    await write;
  }
}
