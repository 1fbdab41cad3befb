/**
 * The browsers waiting for the reader's yes or no, for the pairing dialog: filled from core's events and
 * status, emptied by the reader's answer, by an answer given elsewhere, and by each request's two minutes.
 */
import { signal } from '@preact/signals';
import type { PairingRequestInfo } from '../../electron/shared/contract-connection.ts';
import { call } from '../api/client.ts';
import { showToast } from '../ui/toast-store.ts';
import { dropExpired, followCore, nextExpiryIn, withRequest } from './pairing-queue.ts';

/** Oldest first; the dialog shows the first. */
export const waitingPairings = signal<readonly PairingRequestInfo[]>([]);

let expiryTimer: ReturnType<typeof setTimeout> | undefined;

function update(queue: PairingRequestInfo[], expired: readonly PairingRequestInfo[] = []): void {
  waitingPairings.value = queue;
  for (const request of expired) {
    showToast(`${request.client} asked to connect, but its two minutes ran out. Ask again from the browser if you meant to connect it.`);
  }
  clearTimeout(expiryTimer);
  const wait = nextExpiryIn(queue, Date.now());
  if (wait !== null) expiryTimer = setTimeout(() => {
    const change = dropExpired(waitingPairings.value, Date.now());
    update(change.queue, change.expired);
  }, wait + 50);
}

/** A browser asked to connect ('pairing.requested'). */
export function onPairingRequested(request: PairingRequestInfo): void {
  update(withRequest(waitingPairings.value, request, Date.now()));
}

/** Core's list of waiting requests, from 'connection.changed' or connection.status. */
export function followCorePairings(listed: readonly PairingRequestInfo[]): void {
  const change = followCore(waitingPairings.value, listed, Date.now());
  update(change.queue, change.expired);
}

/** The reader's answer. The request leaves the queue at once, so the next one (if any) shows. */
export async function answerPairing(request: PairingRequestInfo, answer: 'accept' | 'deny'): Promise<void> {
  update(waitingPairings.value.filter((waiting) => waiting.requestId !== request.requestId));
  const result = await call(answer === 'accept' ? 'pairing.accept' : 'pairing.deny', { requestId: request.requestId });
  if (!result.ok) {
    showToast(result.message, { tone: 'error' });
    return;
  }
  followCorePairings(result.value.pairings);
  if (answer === 'accept') showToast(`${request.client} is connected: pages you save from it arrive in your library.`, { tone: 'success' });
  else showToast(`${request.client} was not connected.`);
}
