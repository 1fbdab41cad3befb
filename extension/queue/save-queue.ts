/**
 * Saves waiting for Lectern: kept in extension storage (chrome.storage.local survives a browser restart),
 * delivered oldest first when the app is back. Storage is small (chrome.storage.local holds 10 MB), so a
 * save that would not fit gives up its images first (the app fetches what it can), then its page HTML
 * (the app fetches the page itself), and only a save that still does not fit is refused.
 */
import type { SaveRequest } from '../api/api-types.ts';

/** The part of chrome.storage.local the queue needs (a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

interface QueuedSave {
  id: string;
  addedAt: number;
  attempts: number;
  payload: SaveRequest;
}

/**
 * What delivering one save came to: sent; stop for now (app gone, not paired); the app failed and it is
 * worth another try later (given up after a few, with the app's reason); or the app refused it for good.
 */
export type DeliveryResult = 'delivered' | 'stop' | { retry: string } | { drop: string };

const MAX_TRIES = 5;

interface QueueLimits {
  maxBytes: number;
  maxItems: number;
}

/** The queue's share of the 10 MB chrome.storage.local, leaving room for the token and settings. */
const DEFAULT_LIMITS: QueueLimits = { maxBytes: 8 * 1024 * 1024, maxItems: 500 };

const KEY = 'saveQueue';
const DROPPED_KEY = 'saveQueueDropped';
const sizeOf = (value: unknown) => JSON.stringify(value).length;

/** Raised when a save cannot be kept even without its images and HTML. */
export class QueueFull extends Error {
  override name = 'QueueFull';
}

/** The smallest form of `payload` that fits in `room` bytes, and what was left out; null when none fits. */
function shrinkToFit(payload: SaveRequest, room: number): { payload: SaveRequest; trimmed: 'none' | 'images' | 'html' } | null {
  if (sizeOf(payload) <= room) return { payload, trimmed: 'none' };
  const { images: _images, ...withoutImages } = payload;
  if (sizeOf(withoutImages) <= room) return { payload: withoutImages, trimmed: 'images' };
  const { html: _html, ...bare } = withoutImages;
  // A page without its HTML is a link the app fetches itself; a selection keeps its text and URL.
  const fallback: SaveRequest = bare.kind === 'page' ? { ...bare, kind: 'link' } : bare;
  return sizeOf(fallback) <= room ? { payload: fallback, trimmed: 'html' } : null;
}

/** The queue over one store; `drain` never runs twice at once within this background context. */
export class SaveQueue {
  readonly #store: KeyValueStore;
  readonly #limits: QueueLimits;
  readonly #now: () => number;
  #draining: Promise<{ delivered: number; waiting: number }> | null = null;

  constructor(store: KeyValueStore, limits: QueueLimits = DEFAULT_LIMITS, now: () => number = Date.now) {
    this.#store = store;
    this.#limits = limits;
    this.#now = now;
  }

  /** Every waiting save, oldest first. */
  async list(): Promise<QueuedSave[]> {
    const stored = await this.#store.get(KEY);
    return Array.isArray(stored) ? (stored as QueuedSave[]) : [];
  }

  /** How many saves wait. */
  async count(): Promise<number> {
    return (await this.list()).length;
  }

  /** Keeps a save for later; returns how many wait now and what had to be left out to fit. */
  async add(payload: SaveRequest): Promise<{ waiting: number; trimmed: 'none' | 'images' | 'html' }> {
    const items = await this.list();
    if (items.length >= this.#limits.maxItems) {
      throw new QueueFull(`${items.length} saves are already waiting for Lectern. Start Lectern to deliver them, then save again.`);
    }
    const room = this.#limits.maxBytes - sizeOf(items) - 200;
    const fitted = shrinkToFit(payload, room);
    if (!fitted) throw new QueueFull('The saves waiting for Lectern fill the extension’s storage. Start Lectern to deliver them, then save again.');
    const id = `${this.#now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    items.push({ id, addedAt: this.#now(), attempts: 0, payload: fitted.payload });
    await this.#store.set(KEY, items);
    return { waiting: items.length, trimmed: fitted.trimmed };
  }

  /** Saves given up on (the app refused them for good), newest last, with the app's reason. */
  async dropped(): Promise<{ url: string; reason: string }[]> {
    const stored = await this.#store.get(DROPPED_KEY);
    return Array.isArray(stored) ? (stored as { url: string; reason: string }[]) : [];
  }

  /** Delivers waiting saves oldest first until one says stop; joins a drain already running. */
  drain(deliver: (payload: SaveRequest) => Promise<DeliveryResult>): Promise<{ delivered: number; waiting: number }> {
    this.#draining ??= this.#drainOnce(deliver).finally(() => {
      this.#draining = null;
    });
    return this.#draining;
  }

  async #drainOnce(deliver: (payload: SaveRequest) => Promise<DeliveryResult>): Promise<{ delivered: number; waiting: number }> {
    let delivered = 0;
    for (;;) {
      const [next] = await this.list();
      if (!next) return { delivered, waiting: 0 };
      const result = await deliver(next.payload);
      const again = typeof result === 'object' && 'retry' in result && next.attempts + 1 < MAX_TRIES;
      if (result === 'stop' || again) {
        await this.#update(next.id, (item) => ({ ...item, attempts: item.attempts + 1 }));
        return { delivered, waiting: await this.count() };
      }
      if (result === 'delivered') delivered += 1;
      else if (typeof result === 'object') await this.#rememberDropped(next.payload.url, 'drop' in result ? result.drop : result.retry);
      await this.#update(next.id, () => null);
    }
  }

  async #update(id: string, change: (item: QueuedSave) => QueuedSave | null): Promise<void> {
    // Re-read: a save may have been added while this one was on its way.
    const items = await this.list();
    const next = items.flatMap((item) => (item.id === id ? [change(item)].filter((x): x is QueuedSave => x !== null) : [item]));
    await this.#store.set(KEY, next);
  }

  async #rememberDropped(url: string, reason: string): Promise<void> {
    const kept = [...(await this.dropped()), { url, reason }].slice(-5);
    await this.#store.set(DROPPED_KEY, kept);
  }
}
