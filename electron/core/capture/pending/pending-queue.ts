import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { PendingCapture } from '../../../shared/models.ts';
import { DATA_FILES } from '../../library/data-files.ts';
import { JsonDocument } from '../../library/json-document.ts';
import { nextRetryTime } from './retry-schedule.ts';
import { isRetryableCode } from '../fetch/web-error.ts';

/** What is stored per link; `saving` is added when listing, from what is running. */
type StoredPending = Omit<PendingCapture, 'saving'>;

interface PendingFile {
  /** Missing in lists written before the file had a schema version (they said `version: 1`). */
  schemaVersion?: number;
  items: StoredPending[];
}

/**
 * Links not saved yet, kept in pending-captures.json beside the library and written atomically
 * on every change. A link is recorded before its first try, so neither a bad connection nor a
 * crash mid-save loses what was typed.
 */
export class PendingQueue {
  readonly #doc: JsonDocument<PendingFile>;
  readonly #now: () => number;
  readonly #random: () => number;

  constructor(dataDir: string, options: { now?: () => number; random?: () => number } = {}) {
    this.#doc = new JsonDocument<PendingFile>(dataDir, DATA_FILES.pendingCaptures, { items: [] }, (data) =>
      Array.isArray(data?.items) ? null : 'its list of links is missing',
    );
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  get #items(): StoredPending[] {
    return this.#doc.data.items;
  }

  /** Reads the file; a damaged one is moved aside (kept for rescue) and the queue starts empty. */
  async load(): Promise<void> {
    await this.#doc.load();
    const { data } = this.#doc;
    data.items = data.items.filter((item) => typeof item?.url === 'string' && typeof item.id === 'string');
    data.schemaVersion = DATA_FILES.pendingCaptures.schemaVersion;
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
    if (added) await this.#doc.save();
  }

  /** Records a failed attempt for url (adding it if new) and schedules the next automatic try. */
  async recordFailure(url: string, error: { code: ErrorCode; message: string }, wholePage = false): Promise<StoredPending> {
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
    await this.#doc.save();
    return { ...item };
  }

  /** Forgets a link (saved at last, or removed by the user). */
  async remove(id: string): Promise<boolean> {
    const before = this.#items.length;
    this.#doc.data.items = this.#items.filter((item) => item.id !== id);
    if (this.#items.length === before) return false;
    await this.#doc.save();
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

  /** Writes anything still pending. */
  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
