import type { ArticleSummary } from '../../shared/models.ts';
import type { Library } from '../library/library.ts';

/**
 * Deletes with an undo window: the article disappears at once, its files stay until the window
 * passes. Deletions still pending at shutdown are finished the next time the library opens.
 */
export class DeletionScheduler {
  readonly #library: Library;
  readonly #windowMs: number;
  #timers = new Map<string, NodeJS.Timeout>();

  constructor(library: Library, windowMs: number) {
    this.#library = library;
    this.#windowMs = windowMs;
  }

  async delete(id: string): Promise<{ id: string; undoUntil: string }> {
    await this.#library.markDeleted(id);
    // The files stay for a second window after the promised one: a toast kept open by the pointer, or a
    // slow click, can still undo. Only the undoUntil shown to the person is the promise.
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      this.purgeExpired(this.#windowMs).catch((error) => console.error('lectern: purge failed', error));
    }, 2 * this.#windowMs + 50);
    timer.unref();
    this.#timers.set(id, timer);
    return { id, undoUntil: new Date(Date.now() + this.#windowMs).toISOString() };
  }

  async undo(id: string): Promise<ArticleSummary> {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    return this.#library.undoDelete(id);
  }

  /** Removes for good every article whose undo window (plus graceMs) has passed. */
  async purgeExpired(graceMs = 0): Promise<void> {
    await this.#library.purgeDeletedBefore(Date.now() - this.#windowMs - graceMs);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
