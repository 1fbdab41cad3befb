/**
 * The browsers asking to connect, oldest first, as the pairing dialog shows them one at a time. Pure: the
 * store keeps the list and its timer. Core's list ('connection.changed') is the truth; what it stops listing
 * was either answered elsewhere (quietly gone) or ran out of time (the reader is told).
 */
import type { PairingRequestInfo } from '../../electron/shared/contract-connection.ts';

/** Core forgets a request at its expiresAt; its event may arrive a little later than that. */
const EXPIRY_SLACK_MS = 1500;

interface QueueChange {
  queue: PairingRequestInfo[];
  /** Requests that went because their time ran out, for a word to the reader. */
  expired: PairingRequestInfo[];
}

function hasRunOut(request: PairingRequestInfo, now: number): boolean {
  const at = Date.parse(request.expiresAt);
  return Number.isNaN(at) || at <= now;
}

/** A request that arrived ('pairing.requested'): added at the end, unless it waits already or its time is up. */
export function withRequest(queue: readonly PairingRequestInfo[], request: PairingRequestInfo, now: number): PairingRequestInfo[] {
  if (queue.some((waiting) => waiting.requestId === request.requestId) || hasRunOut(request, now)) return [...queue];
  return [...queue, request];
}

/** Follows core's list of waiting requests; those it dropped at or after their time count as expired. */
export function followCore(queue: readonly PairingRequestInfo[], listed: readonly PairingRequestInfo[], now: number): QueueChange {
  const listedIds = new Set(listed.map((request) => request.requestId));
  const dropped = queue.filter((request) => !listedIds.has(request.requestId));
  return {
    queue: listed.filter((request) => !hasRunOut(request, now)),
    expired: dropped.filter((request) => Date.parse(request.expiresAt) <= now + EXPIRY_SLACK_MS),
  };
}

/** Drops the requests whose time is up (the window's own clock, in case core's word is late). */
export function dropExpired(queue: readonly PairingRequestInfo[], now: number): QueueChange {
  return { queue: queue.filter((request) => !hasRunOut(request, now)), expired: queue.filter((request) => hasRunOut(request, now)) };
}

/** Milliseconds until the first of the queue runs out, or null for an empty queue. */
export function nextExpiryIn(queue: readonly PairingRequestInfo[], now: number): number | null {
  if (queue.length === 0) return null;
  return Math.max(0, Math.min(...queue.map((request) => Date.parse(request.expiresAt) - now)));
}
