/**
 * Articles waiting to download, one lane per web host, so the queue is polite and fair: at most `perHost`
 * downloads from one host at once, and hosts take turns (a Pocket export with 3,000 links to one site does
 * not hold up the other 2,000 sites behind it). Within a host, articles keep the order they were queued in.
 */

/** The host whose limit an address counts against; '' for one that does not parse (it fails on its own). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

interface Lane {
  /** Ids in order; the ones before `head` were taken already (no shifting of long arrays). */
  ids: string[];
  head: number;
  active: number;
}

/** The waiting and running downloads, by host. */
export class HostLanes {
  readonly #perHost: number;
  readonly #lanes = new Map<string, Lane>();
  #waiting = 0;
  #active = 0;

  constructor(perHost: number) {
    this.#perHost = perHost;
  }

  /** Articles waiting for their turn. */
  get waiting(): number {
    return this.#waiting;
  }

  /** Articles being downloaded now. */
  get active(): number {
    return this.#active;
  }

  /** Queues an article at the back of its host's lane, or at the front (a retry comes before newer links). */
  add(id: string, host: string, atFront = false): void {
    let lane = this.#lanes.get(host);
    if (lane === undefined) {
      lane = { ids: [], head: 0, active: 0 };
      this.#lanes.set(host, lane);
    }
    if (atFront && lane.head > 0) lane.ids[--lane.head] = id;
    else if (atFront) lane.ids.unshift(id);
    else lane.ids.push(id);
    this.#waiting++;
  }

  /**
   * Moves a waiting article to the front of the whole queue: first in its host's lane, and its host's lane
   * first among the hosts. False when it is not waiting (running, or not queued here).
   */
  moveToFront(id: string, host: string): boolean {
    const lane = this.#lanes.get(host);
    const at = lane === undefined ? -1 : lane.ids.indexOf(id, lane.head);
    if (lane === undefined || at < 0) return false;
    lane.ids.splice(at, 1);
    lane.ids.splice(lane.head, 0, id);
    const others = [...this.#lanes].filter(([name]) => name !== host);
    this.#lanes.clear();
    for (const [name, other] of [[host, lane] as const, ...others]) this.#lanes.set(name, other);
    return true;
  }

  /**
   * The next article to start: hosts in turn, skipping those at their limit; null when none may start now.
   * With `only`, just an article that passes it may start (one asked for while the queue is paused).
   */
  take(only?: (id: string) => boolean): { id: string; host: string } | null {
    for (const [host, lane] of this.#lanes) {
      if (lane.head >= lane.ids.length || lane.active >= this.#perHost) continue;
      if (only !== undefined && !only(lane.ids[lane.head] as string)) continue;
      const id = lane.ids[lane.head++] as string;
      lane.active++;
      this.#waiting--;
      this.#active++;
      // To the back of the line: the next start goes to another host when one has work.
      this.#lanes.delete(host);
      this.#lanes.set(host, lane);
      if (lane.head > 1024 && lane.head * 2 > lane.ids.length) {
        lane.ids = lane.ids.slice(lane.head);
        lane.head = 0;
      }
      return { id, host };
    }
    return null;
  }

  /** A download from this host ended (either way); its slot is free. */
  finish(host: string): void {
    const lane = this.#lanes.get(host);
    if (lane === undefined || lane.active === 0) return;
    lane.active--;
    this.#active--;
    if (lane.active === 0 && lane.head >= lane.ids.length) this.#lanes.delete(host);
  }
}
