/**
 * Sends a save to Lectern, or keeps it for later: when the app is not running, this browser is not
 * paired (yet, or any more), or the app is busy, the save waits in the queue; any other refusal is
 * told to the reader with the app's own sentence.
 */
import type { SaveRequest } from '../api/api-types.ts';
import { LecternRefused, LecternUnavailable, type LecternClient } from '../api/lectern-client.ts';
import { QueueFull, type DeliveryResult, type SaveQueue } from '../queue/save-queue.ts';
import type { SaveOutcome } from './messages.ts';

/** Runs a request with a client (extension-store.ts's withClient, or a fake). */
export type WithClient = <T>(use: (client: LecternClient) => Promise<T>) => Promise<T>;

type QueueReason = Extract<SaveOutcome, { state: 'queued' }>['reason'];

/** Why a failed request should wait in the queue, or null when it should not. */
function queueReason(error: unknown): QueueReason | null {
  if (error instanceof LecternUnavailable) return 'not-running';
  if (error instanceof LecternRefused && error.status === 401) return 'not-paired';
  if (error instanceof LecternRefused && error.status === 429) return 'busy';
  return null;
}

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'Something went wrong while saving. Try again; if it keeps failing, restart Lectern.';

/** Sends `payload` now, or queues it (see the file comment). */
export async function deliverOrQueue(payload: SaveRequest, withClient: WithClient, queue: SaveQueue): Promise<SaveOutcome> {
  const title = payload.title || payload.url;
  try {
    const reply = await withClient((client) => client.save(payload));
    if (reply.pending) return { state: 'pending', title, message: reply.message };
    return {
      state: 'saved',
      kind: payload.kind,
      articleId: reply.articleId,
      title: reply.title || title,
      existing: reply.existing,
      ...(reply.highlightId ? { highlightId: reply.highlightId } : {}),
      ...(payload.kind === 'selection' && payload.selection ? { quote: payload.selection.text } : {}),
    };
  } catch (error) {
    const reason = queueReason(error);
    if (!reason) return { state: 'error', message: messageOf(error) };
    try {
      const { waiting, trimmed } = await queue.add(payload);
      return { state: 'queued', reason, title, waiting, trimmed };
    } catch (full) {
      return { state: 'error', message: full instanceof QueueFull ? full.message : messageOf(full) };
    }
  }
}

/** Delivery of one queued save, for SaveQueue.drain: stops while the app is away, gives up on a refusal. */
export function deliverQueued(withClient: WithClient): (payload: SaveRequest) => Promise<DeliveryResult> {
  return async (payload) => {
    try {
      await withClient((client) => client.save(payload));
      return 'delivered';
    } catch (error) {
      if (queueReason(error)) return 'stop';
      if (error instanceof LecternRefused && error.status < 500) return { drop: error.message };
      return { retry: messageOf(error) };
    }
  };
}
