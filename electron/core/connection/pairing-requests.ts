// Browsers asking to be connected, held in memory only: a request lives two minutes, at most three wait at
// once, and its answer is collected once. Accepting one does not make a token yet; the browser's next poll
// does (connection-service.ts), so a token exists only once somebody is there to receive it.
import { randomInt, randomUUID } from 'node:crypto';
import type { PairingRequestInfo } from '../../shared/contract-connection.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { CoreError } from '../core-error.ts';

type PairingState = 'waiting' | 'accepted' | 'denied';

interface PairingRequest extends PairingRequestInfo {
  state: PairingState;
  timer: NodeJS.Timeout;
}

interface PairingOptions {
  /** How long a request waits for an answer, and then for its browser to collect it. Default two minutes. */
  ttlMs?: number;
  /** Requests waiting for an answer at once. Default 3. */
  maxWaiting?: number;
  /** Called when the list of waiting requests changes (one came, was answered or expired). */
  onChange: () => void;
}

/** What a browser's poll learns; 'accepted' is answered once, then the request is gone. */
export type PairingPoll = { state: 'waiting' } | { state: 'accepted'; client: string } | { state: 'denied' };

/** Tidies the name a browser gives itself: one line of printable text, short enough for a dialog. */
function clientName(raw: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are what is being removed
  const name = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return name || 'A browser';
}

function unknownRequest(): CoreError {
  return new CoreError(ErrorCode.notFound, 'That browser is no longer asking to connect: its request was answered or its two minutes passed. Ask again from the browser.');
}

export class PairingRequests {
  readonly #ttlMs: number;
  readonly #maxWaiting: number;
  readonly #onChange: () => void;
  readonly #requests = new Map<string, PairingRequest>();

  constructor(options: PairingOptions) {
    this.#ttlMs = options.ttlMs ?? 120_000;
    this.#maxWaiting = options.maxWaiting ?? 3;
    this.#onChange = options.onChange;
  }

  /** A new request with its code, or null when as many as allowed are already waiting. */
  open(client: string): PairingRequestInfo | null {
    if (this.waiting().length >= this.#maxWaiting) return null;
    const requestId = randomUUID();
    const timer = setTimeout(() => this.#forget(requestId), this.#ttlMs);
    timer.unref();
    const request: PairingRequest = {
      requestId,
      client: clientName(client),
      code: String(randomInt(0, 10_000)).padStart(4, '0'),
      expiresAt: new Date(Date.now() + this.#ttlMs).toISOString(),
      state: 'waiting',
      timer,
    };
    this.#requests.set(requestId, request);
    this.#onChange();
    return info(request);
  }

  /** Requests waiting for the reader's answer, oldest first. */
  waiting(): PairingRequestInfo[] {
    return [...this.#requests.values()].filter((request) => request.state === 'waiting').map(info);
  }

  /** The reader's answer; refused for a request that is gone or already answered. */
  answer(requestId: string, state: 'accepted' | 'denied'): void {
    const request = this.#requests.get(requestId);
    if (!request || request.state !== 'waiting') throw unknownRequest();
    request.state = state;
    this.#onChange();
  }

  /** What the browser asking learns; an answer is given once, then forgotten. null: unknown or expired. */
  poll(requestId: string): PairingPoll | null {
    const request = this.#requests.get(requestId);
    if (!request) return null;
    if (request.state === 'waiting') return { state: 'waiting' };
    this.#forget(requestId, false);
    return request.state === 'accepted' ? { state: 'accepted', client: request.client } : { state: 'denied' };
  }

  /** Forgets every request (the listener is turning off). */
  clear(): void {
    for (const request of this.#requests.values()) clearTimeout(request.timer);
    const hadWaiting = this.waiting().length > 0;
    this.#requests.clear();
    if (hadWaiting) this.#onChange();
  }

  #forget(requestId: string, announce = true): void {
    const request = this.#requests.get(requestId);
    if (!request) return;
    clearTimeout(request.timer);
    this.#requests.delete(requestId);
    if (announce && request.state === 'waiting') this.#onChange();
  }
}

function info(request: PairingRequest): PairingRequestInfo {
  return { requestId: request.requestId, client: request.client, code: request.code, expiresAt: request.expiresAt };
}
