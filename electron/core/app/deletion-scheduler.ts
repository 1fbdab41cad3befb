import type { ArticleSummary } from '../../shared/models.ts';
import type { EventBus } from '../event-bus.ts';
import type { LibrarySession } from './library-session.ts';

/**
 * Deletes with an undo window: the article disappears at once, its files stay until the window
 * passes. Deletions still pending at shutdown are finished at the next start.
 */
export class DeletionScheduler {
  readonly #session: LibrarySession;
  readonly #events: EventBus;
  readonly #windowMs: number;
  #timers = new Map<string, NodeJS.Timeout>();

  constructor(session: LibrarySession, events: EventBus, windowMs: number) {
    this.#session = session;
    this.#events = events;
    this.#windowMs = windowMs;
  }

  async delete(id: string): Promise<{ id: string; undoUntil: string }> {
    await this.#session.require().markDeleted(id);
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
    return this.#session.require().undoDelete(id);
  }

  /** Removes for good every article whose undo window (plus graceMs) has passed. */
  async purgeExpired(graceMs = 0): Promise<void> {
    const library = this.#session.current;
    if (!library) return;
    const purged = await library.purgeDeletedBefore(Date.now() - this.#windowMs - graceMs);
    if (purged.length > 0) this.#events.emit('library.changed', { ids: purged });
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
