import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../library/atomic-json-file.ts';
import { nextRetryTime } from './retry-schedule.ts';
import type { PendingCapture } from '../capture-models.ts';
import { isRetryableCode } from '../fetch/web-error.ts';

/** What is stored per link; `saving` is added when listing, from what is running. */
export type StoredPending = Omit<PendingCapture, 'saving'>;

interface PendingFile {
  version: 1;
  items: StoredPending[];
}

/**
 * Links not saved yet, kept in pending-captures.json beside the library and written atomically
 * on every change. A link is recorded before its first try, so neither a bad connection nor a
 * crash mid-save loses what was typed.
 */
export class PendingQueue {
  readonly path: string;
  readonly #now: () => number;
  readonly #random: () => number;
  #items: StoredPending[] = [];
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
  list(saving: (url: string) => boolean = () => false): PendingCapture[] {
    return [...this.#items]
      .sort((a, b) => b.addedAt.localeCompare(a.addedAt))
      .map((item) => ({ ...item, error: item.error && { ...item.error }, saving: saving(item.url) }));
  }

  get(id: string): StoredPending | undefined {
    return this.#items.find((item) => item.id === id);
  }

  findByUrl(url: string): StoredPending | undefined {
    return this.#items.find((item) => item.url === url);
  }

  get size(): number {
    return this.#items.length;
  }

  /**
   * Records links about to be tried, in one write. New ones are due at once, so a crash before
   * they finish means they are tried again at the next start.
   */
  async enqueue(urls: string[], wholePage = false): Promise<void> {
    const now = this.#now();
    let added = false;
    for (const url of urls) {
      if (this.findByUrl(url)) continue;
      const at = new Date(now).toISOString();
      this.#items.push({ id: randomUUID(), url, addedAt: at, attempts: 0, lastTriedAt: null, nextRetryAt: at, error: null, wholePage });
      added = true;
    }
    if (added) await this.#save();
  }

  /** Records a failed attempt for url (adding it if new) and schedules the next automatic try. */
  async recordFailure(url: string, error: { code: string; message: string }, wholePage = false): Promise<StoredPending> {
    const now = this.#now();
    let item = this.findByUrl(url);
    if (!item) {
      item = { id: randomUUID(), url, addedAt: new Date(now).toISOString(), attempts: 0, lastTriedAt: null, nextRetryAt: null, error, wholePage };
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
  due(now = this.#now()): StoredPending[] {
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
