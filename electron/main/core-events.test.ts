import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardCoreEvents, type EventTarget } from './core-events.ts';
import type { EventListener } from '../core/core-types.ts';

test('core events reach the app window on the event channel, and nowhere else', () => {
  let listener: EventListener | null = null;
  const core = { events: { on: (l: EventListener) => ((listener = l), () => (listener = null)) } };
  const sent: Array<[string, unknown]> = [];
  let url = 'lectern://app/index.html';
  let destroyed = false;
  const win: EventTarget = {
    isDestroyed: () => destroyed,
    webContents: { getURL: () => url, send: (channel, payload) => void sent.push([channel, payload]) },
  };
  let current: EventTarget | null = win;
  const off = forwardCoreEvents(core, () => current);
  const event = { name: 'library.changed' as const, payload: { ids: ['abc'] } };
  listener!(event);
  url = 'https://elsewhere.example/';
  listener!(event);
  url = 'lectern://app/index.html';
  destroyed = true;
  listener!(event);
  current = null;
  listener!(event);
  assert.deepEqual(sent, [['lectern:event', event]]);
  off();
  assert.equal(listener, null);
});
