import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PairState } from '../api/api-types.ts';
import { LecternUnavailable, type LecternClient } from '../api/lectern-client.ts';
import type { KeyValueStore } from '../queue/save-queue.ts';
import type { WithClient } from './deliver-save.ts';
import { createPairing } from './pairing.ts';

const memory = (): KeyValueStore & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => structuredClone(data.get(k)), set: async (k, v) => void data.set(k, structuredClone(v)) };
};

function fakeApp(states: (PairState | Error)[]) {
  const asked: string[] = [];
  const withClient = ((use: (client: LecternClient) => Promise<unknown>) =>
    use({
      pair: async (client: string) => {
        asked.push(client);
        return { requestId: 'r1', code: '4821' };
      },
      pairState: async () => {
        const next = states.shift() ?? { state: 'waiting' };
        if (next instanceof Error) throw next;
        return next;
      },
    } as unknown as LecternClient)) as WithClient;
  return { withClient, asked };
}

test('accepted: the token is stored, waiting saves are delivered, the state says connected', async () => {
  const store = memory();
  const tokens: string[] = [];
  const { withClient, asked } = fakeApp([{ state: 'waiting' }, new LecternUnavailable('restarting'), { state: 'accepted', token: 'a'.repeat(64) }]);
  const pairing = createPairing({ store, withClient, storeToken: async (t) => void tokens.push(t), deliverWaiting: async () => 3, describeBrowser: () => 'Firefox 140 on Linux', pollMs: 5 });
  const started = await pairing.start();
  assert.equal(started.state, 'waiting');
  assert.equal(started.state === 'waiting' && started.code, '4821');
  assert.deepEqual(asked, ['Firefox 140 on Linux']);
  await pairing.resume();
  assert.deepEqual(tokens, ['a'.repeat(64)]);
  const state = await pairing.state();
  assert.equal(state?.state, 'connected');
  assert.equal(state?.state === 'connected' && state.delivered, 3);
});

test('denied in Lectern: no token, the state says denied', async () => {
  const tokens: string[] = [];
  const { withClient } = fakeApp([{ state: 'denied' }]);
  const pairing = createPairing({ store: memory(), withClient, storeToken: async (t) => void tokens.push(t), deliverWaiting: async () => 0, describeBrowser: () => 'x', pollMs: 5 });
  await pairing.start();
  await pairing.resume();
  assert.equal((await pairing.state())?.state, 'denied');
  assert.deepEqual(tokens, []);
});

test('a request nobody answers expires after two minutes', async () => {
  let clock = 1_000;
  const { withClient } = fakeApp([]);
  const pairing = createPairing({ store: memory(), withClient, storeToken: async () => {}, deliverWaiting: async () => 0, describeBrowser: () => 'x', pollMs: 1, now: () => (clock += 10_000) });
  await pairing.start();
  await pairing.resume();
  assert.equal((await pairing.state())?.state, 'expired');
});

test('Lectern not running: pairing fails with a sentence saying what to do', async () => {
  const withClient = (async () => {
    throw new LecternUnavailable('nothing');
  }) as WithClient;
  const pairing = createPairing({ store: memory(), withClient, storeToken: async () => {}, deliverWaiting: async () => 0, describeBrowser: () => 'x' });
  const state = await pairing.start();
  assert.equal(state.state, 'failed');
  assert.match(state.state === 'failed' ? state.message : '', /Lectern is not running.*Connect a browser/);
});
