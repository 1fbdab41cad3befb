import type { ArticleSummary, BulkChange } from '../../shared/models.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';

/**
 * Deletes with an undo window: the article disappears at once, its files stay until the window
 * passes. Deletions still pending at shutdown are finished the next time the library opens.
 */
export class DeletionScheduler {
  readonly #library: Library;
  readonly #windowMs: number;
  readonly #emit: Emit<'library.changed' | 'tags.changed'>;
  #timers = new Set<NodeJS.Timeout>();

  /** emit tells front ends about batches (a single delete is announced by the library) and moved tag counts. */
  constructor(library: Library, windowMs: number, emit: Emit<'library.changed' | 'tags.changed'>) {
    this.#library = library;
    this.#windowMs = windowMs;
    this.#emit = emit;
  }

  async delete(id: string): Promise<{ id: string; undoUntil: string }> {
    const tagged = this.#library.get(id).tags.length > 0;
    await this.#library.markDeleted(id);
    if (tagged) this.#emit('tags.changed', {});
    return { id, undoUntil: this.#schedulePurge() };
  }

  /** Hides many articles with one write of library.json; one undoMany brings them all back. */
  async deleteMany(ids: readonly string[]): Promise<{ ids: string[]; undoUntil: string }> {
    const deletedAt = new Date().toISOString();
    const changed = await this.#library.changeMany(ids, (record) => ({ ...record, deletedAt }));
    this.#announce(changed);
    return { ids: changed, undoUntil: this.#schedulePurge() };
  }

  /**
   * The files stay for a second window after the promised one: a toast kept open by the pointer, or a
   * slow click, can still undo. Only the undoUntil shown to the person is the promise. A purge that
   * finds nothing (the delete was undone) does nothing, so timers are never cancelled one by one.
   */
  #schedulePurge(): string {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.purgeExpired(this.#windowMs).catch((error) => console.error('lectern: purge failed', error));
    }, 2 * this.#windowMs + 50);
    timer.unref();
    this.#timers.add(timer);
    return new Date(Date.now() + this.#windowMs).toISOString();
  }

  async undo(id: string): Promise<ArticleSummary> {
    const restored = await this.#library.undoDelete(id);
    if (restored.tags.length > 0) this.#emit('tags.changed', {});
    return restored;
  }

  /** Brings back articles deleted together; `changed` names those that were still deleted. */
  async undoMany(ids: readonly string[]): Promise<BulkChange> {
    const changed = await this.#library.changeMany(ids, (record) => (record.deletedAt === null ? record : { ...record, deletedAt: null }), { includeDeleted: true });
    this.#announce(changed);
    return { changed };
  }

  #announce(ids: string[]): void {
    if (ids.length === 0) return;
    this.#emit('library.changed', { ids });
    const batch = new Set(ids);
    if (this.#library.records().some((record) => batch.has(record.id) && record.tags.length > 0)) this.#emit('tags.changed', {});
  }

  /** Removes for good every article whose undo window (plus graceMs) has passed. */
  async purgeExpired(graceMs = 0): Promise<void> {
    await this.#library.purgeDeletedBefore(Date.now() - this.#windowMs - graceMs);
  }

  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
