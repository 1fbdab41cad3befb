import type { TagColor } from '../../shared/vocabularies.ts';

/** What deleting a tag took away: enough to put it back where it was. */
interface RemovedTag {
  name: string;
  color: TagColor | null;
  /** Article id → the tag's place in that article's list; the same for highlights. */
  articles: ReadonlyMap<string, number>;
  highlights: ReadonlyMap<string, number>;
}

/**
 * Deleted tags, kept in memory for their undo window: the Undo of a toast belongs to this session. Like
 * a deleted article, one stays a second window past the promised one, for a toast kept open or a slow click.
 */
export class RemovedTags {
  readonly #windowMs: number;
  readonly #entries = new Map<string, { removed: RemovedTag; deletedAt: number }>();

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Remembers a deleted tag by its key; returns the undoUntil promised to the person. */
  remember(key: string, removed: RemovedTag): string {
    const now = Date.now();
    for (const [other, entry] of this.#entries) if (now - entry.deletedAt > 2 * this.#windowMs) this.#entries.delete(other);
    this.#entries.set(key, { removed, deletedAt: now });
    return new Date(now + this.#windowMs).toISOString();
  }

  /** The deletion to undo, once; null when there is none or its window has passed. */
  take(key: string): RemovedTag | null {
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    if (!entry || Date.now() - entry.deletedAt > 2 * this.#windowMs) return null;
    return entry.removed;
  }
}
