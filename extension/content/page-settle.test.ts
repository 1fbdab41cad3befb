import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { pageSettled } from './page-settle.ts';

function fakeWindow(readyState: DocumentReadyState) {
  const { window, document } = parseHTML('<html><body><main></main></body></html>');
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
  return { window: window as unknown as Window, document: document as unknown as Document };
}

test('waits for load, then for the DOM to stay still, so late script output is included', async () => {
  const { window, document } = fakeWindow('interactive');
  const started = Date.now();
  let settled = false;
  const waiting = pageSettled(window, { quietMs: 80, maxQuietWaitMs: 2_000 }).then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(settled, false, 'not before load');
  window.dispatchEvent(new (window as Window & typeof globalThis).Event('load'));
  // A script keeps adding text for a while; the wait goes on until it stops.
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 40));
    document.querySelector('main')!.append(document.createTextNode(`line ${i} `));
    assert.equal(settled, false, `still changing after ${i + 1} lines`);
  }
  await waiting;
  assert.ok(Date.now() - started >= 30 + 160 + 80 - 5);
});

test('a page that never falls quiet is taken after the longest wait', async () => {
  const { window, document } = fakeWindow('complete');
  const ticker = setInterval(() => document.querySelector('main')!.append(document.createTextNode('tick')), 10);
  const started = Date.now();
  await pageSettled(window, { quietMs: 50, maxQuietWaitMs: 300 });
  clearInterval(ticker);
  const took = Date.now() - started;
  assert.ok(took >= 290 && took < 1_000, `took ${took} ms`);
});

test('a page whose load never comes is taken after the load limit', async () => {
  const { window } = fakeWindow('loading');
  const started = Date.now();
  await pageSettled(window, { loadMs: 120, quietMs: 20 });
  assert.ok(Date.now() - started >= 120);
});
