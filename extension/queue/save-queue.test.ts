import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SaveRequest } from '../api/api-types.ts';
import { QueueFull, SaveQueue, type KeyValueStore } from './save-queue.ts';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  // Round-trip through JSON as chrome.storage does, so nothing shares references with the caller.
  return { data, get: async (key) => (data.has(key) ? JSON.parse(JSON.stringify(data.get(key))) : undefined), set: async (key, value) => void data.set(key, JSON.parse(JSON.stringify(value))) };
}

const page = (url: string, extra: Partial<SaveRequest> = {}): SaveRequest => ({ kind: 'page', url, title: 'T', html: '<p>hello</p>', ...extra });

test('saves wait in order and are delivered oldest first; the store keeps them across queue objects', async () => {
  const store = memoryStore();
  const first = new SaveQueue(store);
  await first.add(page('https://a.example/1'));
  assert.deepEqual(await first.add(page('https://a.example/2')), { waiting: 2, trimmed: 'none' });

  // A new queue over the same storage is what a browser restart looks like.
  const again = new SaveQueue(store);
  assert.equal(await again.count(), 2);
  const seen: string[] = [];
  const result = await again.drain(async (payload) => {
    seen.push(payload.url);
    return 'delivered';
  });
  assert.deepEqual(seen, ['https://a.example/1', 'https://a.example/2']);
  assert.deepEqual(result, { delivered: 2, waiting: 0 });
  assert.equal(await again.count(), 0);
});

test('a stop leaves the save in place with one more attempt counted', async () => {
  const queue = new SaveQueue(memoryStore());
  await queue.add(page('https://a.example/1'));
  await queue.add(page('https://a.example/2'));
  const result = await queue.drain(async () => 'stop');
  assert.deepEqual(result, { delivered: 0, waiting: 2 });
  const [head] = await queue.list();
  assert.equal(head?.payload.url, 'https://a.example/1');
  assert.equal(head?.attempts, 1);
});

test('a save the app refuses for good is dropped and remembered with the reason', async () => {
  const queue = new SaveQueue(memoryStore());
  await queue.add(page('https://a.example/bad'));
  await queue.add(page('https://a.example/good'));
  const delivered: string[] = [];
  const result = await queue.drain(async (payload) => {
    if (payload.url.endsWith('bad')) return { drop: 'The page is not HTML.' };
    delivered.push(payload.url);
    return 'delivered';
  });
  assert.deepEqual(result, { delivered: 1, waiting: 0 });
  assert.deepEqual(delivered, ['https://a.example/good']);
  assert.deepEqual(await queue.dropped(), [{ url: 'https://a.example/bad', reason: 'The page is not HTML.' }]);
});

test('a save the app keeps failing on is tried five times, then dropped with its reason', async () => {
  const queue = new SaveQueue(memoryStore());
  await queue.add(page('https://a.example/broken'));
  for (let i = 1; i <= 4; i++) {
    assert.deepEqual(await queue.drain(async () => ({ retry: 'Lectern could not write the article.' })), { delivered: 0, waiting: 1 });
    assert.equal((await queue.list())[0]?.attempts, i);
  }
  assert.deepEqual(await queue.drain(async () => ({ retry: 'Lectern could not write the article.' })), { delivered: 0, waiting: 0 });
  assert.deepEqual(await queue.dropped(), [{ url: 'https://a.example/broken', reason: 'Lectern could not write the article.' }]);
});

test('a save added while a drain runs is delivered by the same drain, and two drains do not deliver twice', async () => {
  const queue = new SaveQueue(memoryStore());
  await queue.add(page('https://a.example/1'));
  const seen: string[] = [];
  const deliver = async (payload: SaveRequest) => {
    seen.push(payload.url);
    if (payload.url.endsWith('/1')) await queue.add(page('https://a.example/late'));
    return 'delivered' as const;
  };
  const [a, b] = await Promise.all([queue.drain(deliver), queue.drain(deliver)]);
  assert.deepEqual(seen, ['https://a.example/1', 'https://a.example/late']);
  assert.equal(a, b);
});

test('a save too large for the storage gives up its images, then its HTML, then is refused', async () => {
  const limits = { maxBytes: 2_000, maxItems: 10 };
  const queue = new SaveQueue(memoryStore(), limits);
  const image = { url: 'https://a.example/i.png', contentType: 'image/png', dataBase64: 'A'.repeat(1_900) };
  assert.equal((await queue.add(page('https://a.example/1', { images: [image] }))).trimmed, 'images');
  const [kept] = await queue.list();
  assert.equal(kept?.payload.images, undefined);
  assert.equal(kept?.payload.html, '<p>hello</p>');

  const big = await queue.add(page('https://a.example/2', { html: 'x'.repeat(1_700) }));
  assert.equal(big.trimmed, 'html');
  const second = (await queue.list())[1]!.payload;
  assert.equal(second.kind, 'link', 'a page without its HTML becomes a link the app fetches');
  assert.equal(second.html, undefined);

  const selection = { kind: 'selection' as const, url: 'https://a.example/3', selection: { text: 'q'.repeat(3_000) } };
  await assert.rejects(queue.add(selection), QueueFull);
});

test('the queue refuses more than its item limit with a sentence saying what to do', async () => {
  const queue = new SaveQueue(memoryStore(), { maxBytes: 1_000_000, maxItems: 2 });
  await queue.add(page('https://a.example/1'));
  await queue.add(page('https://a.example/2'));
  await assert.rejects(queue.add(page('https://a.example/3')), /2 saves are already waiting for Lectern. Start Lectern/);
});
