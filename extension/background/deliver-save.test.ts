import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SaveReply, SaveRequest } from '../api/api-types.ts';
import { LecternRefused, LecternUnavailable, type LecternClient } from '../api/lectern-client.ts';
import { SaveQueue, type KeyValueStore } from '../queue/save-queue.ts';
import { deliverOrQueue, deliverQueued, type WithClient } from './deliver-save.ts';

const memory = (): KeyValueStore => {
  const data = new Map<string, unknown>();
  return { get: async (k) => structuredClone(data.get(k)), set: async (k, v) => void data.set(k, structuredClone(v)) };
};

/** A client whose save answers with `answer` (a reply, or an error to throw). */
const answering = (answer: SaveReply | Error): WithClient =>
  ((use: (client: LecternClient) => Promise<unknown>) =>
    use({
      save: async () => {
        if (answer instanceof Error) throw answer;
        return answer;
      },
    } as unknown as LecternClient)) as WithClient;

const payload: SaveRequest = { kind: 'page', url: 'https://site.example/a', title: 'A story', html: '<p>x</p>' };

test('a saved page is reported with the title Lectern gave it', async () => {
  const outcome = await deliverOrQueue(payload, answering({ articleId: 'a1', title: 'A story, tidied', existing: true }), new SaveQueue(memory()));
  assert.deepEqual(outcome, { state: 'saved', kind: 'page', articleId: 'a1', title: 'A story, tidied', existing: true });
});

test('a link Lectern will fetch later is pending with its message', async () => {
  const outcome = await deliverOrQueue({ kind: 'link', url: 'https://site.example/b' }, answering({ pending: true, message: 'Lectern will fetch it when the site answers.' }), new SaveQueue(memory()));
  assert.deepEqual(outcome, { state: 'pending', title: 'https://site.example/b', message: 'Lectern will fetch it when the site answers.' });
});

test('app not running, not paired or busy: the save waits in the queue, counted', async () => {
  const queue = new SaveQueue(memory());
  const cases: [Error, string][] = [
    [new LecternUnavailable('no'), 'not-running'],
    [new LecternRefused(401, 'unauthorized', 'Connect again.'), 'not-paired'],
    [new LecternRefused(429, 'rate-limited', 'Busy.'), 'busy'],
  ];
  for (const [index, [error, reason]] of cases.entries()) {
    const outcome = await deliverOrQueue(payload, answering(error), queue);
    assert.deepEqual(outcome, { state: 'queued', reason, title: 'A story', waiting: index + 1, trimmed: 'none' });
  }
});

test("any other refusal is shown with the app's sentence and not queued", async () => {
  const queue = new SaveQueue(memory());
  const outcome = await deliverOrQueue(payload, answering(new LecternRefused(400, 'bad-url', 'Lectern saves http and https pages only.')), queue);
  assert.deepEqual(outcome, { state: 'error', message: 'Lectern saves http and https pages only.' });
  assert.equal(await queue.count(), 0);
});

test('queued delivery: stop while away, drop a refusal for good, retry a server failure', async () => {
  assert.equal(await deliverQueued(answering({ articleId: 'a', title: 't', existing: false }))(payload), 'delivered');
  assert.equal(await deliverQueued(answering(new LecternUnavailable('gone')))(payload), 'stop');
  assert.equal(await deliverQueued(answering(new LecternRefused(401, 'x', 'Connect.')))(payload), 'stop');
  assert.deepEqual(await deliverQueued(answering(new LecternRefused(413, 'too-large', 'Too large.')))(payload), { drop: 'Too large.' });
  assert.deepEqual(await deliverQueued(answering(new LecternRefused(500, 'internal', 'Disk full.')))(payload), { retry: 'Disk full.' });
});
