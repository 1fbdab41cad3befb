/**
 * Who is in the download queue and in what order: every article once (waiting, running, or waiting out a
 * wait before its next try), waiting ones in their host's lane (host-lanes.ts), and the ones the reader
 * asked for by name ("Download now", Retry on a row) at the very front, allowed to start even while the
 * queue is paused.
 */
import { hostOf, HostLanes } from './host-lanes.ts';

export class DownloadLine {
  readonly #lanes: HostLanes;
  /** Articles waiting, running or waiting out a retry: each is in the line once. */
  readonly #known = new Set<string>();
  readonly #wanted = new Set<string>();

  constructor(perHost: number) {
    this.#lanes = new HostLanes(perHost);
  }

  /** Articles waiting for their turn. */
  get waiting(): number {
    return this.#lanes.waiting;
  }

  /** Articles being downloaded now. */
  get active(): number {
    return this.#lanes.active;
  }

  /** Puts an article in line unless it is there already; true when the line was empty before (new work). */
  join(id: string, url: string): boolean {
    if (this.#known.has(id)) return false;
    this.#known.add(id);
    this.#lanes.add(id, hostOf(url));
    return this.#known.size === 1;
  }

  /** An article whose wait before another try is over: back in line, first in its host's lane. */
  rejoin(id: string, url: string): void {
    this.#lanes.add(id, hostOf(url), true);
  }

  /** An article asked for by name: first in the whole line, and wanted even while paused (not when it runs already). */
  hurry(id: string, url: string): void {
    this.join(id, url);
    if (this.#lanes.moveToFront(id, hostOf(url))) this.#wanted.add(id);
  }

  /** The next article to start, or null; with onlyWanted (paused), only one asked for by name. */
  next(onlyWanted: boolean): { id: string; host: string } | null {
    const next = this.#lanes.take(onlyWanted ? (id) => this.#wanted.has(id) : undefined);
    if (next !== null) this.#wanted.delete(next.id);
    return next;
  }

  /** A download from this host ended (either way); its slot is free. */
  finish(host: string): void {
    this.#lanes.finish(host);
  }

  /** The article is out of the line: done, failed for good, or gone. */
  leave(id: string): void {
    this.#known.delete(id);
  }
}
