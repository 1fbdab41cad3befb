/**
 * Pairing, from the extension's side: ask the app (POST /pair), show the reader the code it returns,
 * and poll GET /pair/<id> until the reader accepts or denies in Lectern or the request expires. The
 * state lives in storage, so the popup (which closes when the reader switches to Lectern) shows it when
 * opened again, and polling picks up after the background was stopped.
 */
import { LecternUnavailable } from '../api/lectern-client.ts';
import type { WithClient } from './deliver-save.ts';
import { PAIRING_KEY, type PairingState } from './messages.ts';
import type { KeyValueStore } from '../queue/save-queue.ts';

interface PairingDeps {
  store: KeyValueStore;
  withClient: WithClient;
  storeToken(token: string): Promise<void>;
  /** Delivers what waited for the pairing; returns how many were delivered. */
  deliverWaiting(): Promise<number>;
  describeBrowser(): string;
  now?: () => number;
  pollMs?: number;
}

const REQUEST_KEY = 'pairingRequest';
// The app forgets a pairing request after 2 minutes; polling longer than that only finds a 404.
const LIFETIME_MS = 2 * 60 * 1000;

/** Starts, polls and resumes pairing (see the file comment). */
export function createPairing(deps: PairingDeps) {
  const now = deps.now ?? Date.now;
  const pollMs = deps.pollMs ?? 1000;
  let polling: Promise<PairingState> | null = null;

  const finish = async (state: PairingState): Promise<PairingState> => {
    await deps.store.set(REQUEST_KEY, null);
    await deps.store.set(PAIRING_KEY, state);
    return state;
  };

  async function poll(requestId: string, expiresAt: number): Promise<PairingState> {
    for (;;) {
      // Reading storage each round also keeps a Chromium service worker awake while it waits.
      const current = await deps.store.get(REQUEST_KEY);
      if ((current as { requestId?: string } | null)?.requestId !== requestId) return (await deps.store.get(PAIRING_KEY)) as PairingState;
      if (now() > expiresAt) return finish({ state: 'expired', at: now() });
      let answer;
      try {
        answer = await deps.withClient((client) => client.pairState(requestId));
      } catch (error) {
        // Lectern restarting loses the request (it then answers 404); until then, keep asking.
        if (error instanceof LecternUnavailable) answer = { state: 'waiting' as const };
        else return finish({ state: 'failed', message: (error as Error).message, at: now() });
      }
      if (answer.state === 'accepted') {
        await deps.storeToken(answer.token);
        await deps.store.set(REQUEST_KEY, null);
        await deps.store.set(PAIRING_KEY, { state: 'connected', delivered: 0, at: now() });
        return finish({ state: 'connected', delivered: await deps.deliverWaiting(), at: now() });
      }
      if (answer.state === 'denied') return finish({ state: 'denied', at: now() });
      if (answer.state === 'expired') return finish({ state: 'expired', at: now() });
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  const follow = (requestId: string, expiresAt: number) => {
    polling ??= poll(requestId, expiresAt).finally(() => {
      polling = null;
    });
    return polling;
  };

  return {
    /** Asks Lectern to pair; returns the waiting state with the code (polling goes on in the background). */
    async start(): Promise<PairingState> {
      let request;
      try {
        request = await deps.withClient((client) => client.pair(deps.describeBrowser()));
      } catch (error) {
        const message =
          error instanceof LecternUnavailable
            ? 'Lectern is not running, or its browser connection is off. Open Lectern, choose “Connect a browser…”, then try again.'
            : (error as Error).message;
        return finish({ state: 'failed', message, at: now() });
      }
      const expiresAt = now() + LIFETIME_MS;
      const waiting: PairingState = { state: 'waiting', code: request.code, expiresAt };
      await deps.store.set(REQUEST_KEY, { requestId: request.requestId, expiresAt });
      await deps.store.set(PAIRING_KEY, waiting);
      void follow(request.requestId, expiresAt);
      return waiting;
    },
    /** Picks up polling after the background was stopped and started again. */
    async resume(): Promise<void> {
      const request = (await deps.store.get(REQUEST_KEY)) as { requestId: string; expiresAt: number } | null | undefined;
      if (request?.requestId) await follow(request.requestId, request.expiresAt);
    },
    /** Where pairing stands now. */
    state: async () => ((await deps.store.get(PAIRING_KEY)) as PairingState | undefined) ?? null,
  };
}
