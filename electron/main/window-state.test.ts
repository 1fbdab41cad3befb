import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotBounds, trackWindowBounds, type TrackedWindow } from './window-state.ts';
import type { WindowBounds } from '../shared/models.ts';

function fakeWindow() {
  const listeners = new Map<string, Array<() => void>>();
  const state = { x: 10, y: 20, width: 900, height: 700, maximized: false, minimized: false, fullScreen: false };
  const win: TrackedWindow & { emit(e: string): void; state: typeof state } = {
    state,
    getNormalBounds: () => ({ x: state.x, y: state.y, width: state.width, height: state.height }),
    isMaximized: () => state.maximized,
    isMinimized: () => state.minimized,
    isFullScreen: () => state.fullScreen,
    isDestroyed: () => false,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event) {
      for (const l of listeners.get(event) ?? []) l();
    },
  };
  return win;
}

describe('snapshotBounds', () => {
  test('stores normal bounds plus the maximized flag', () => {
    const win = fakeWindow();
    win.state.maximized = true;
    assert.deepEqual(snapshotBounds(win), { x: 10, y: 20, width: 900, height: 700, maximized: true });
  });

  test('says nothing while minimized or full screen', () => {
    const win = fakeWindow();
    win.state.minimized = true;
    assert.equal(snapshotBounds(win), null);
    win.state.minimized = false;
    win.state.fullScreen = true;
    assert.equal(snapshotBounds(win), null);
  });
});

describe('trackWindowBounds', () => {
  test('a burst of moves is saved once, after the delay', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const win = fakeWindow();
    const saved: WindowBounds[] = [];
    trackWindowBounds(win, async (b) => void saved.push(b), 500);
    for (let i = 0; i < 20; i++) {
      win.state.x = 10 + i;
      win.emit('move');
      t.mock.timers.tick(100);
    }
    assert.equal(saved.length, 0);
    t.mock.timers.tick(500);
    return Promise.resolve().then(async () => {
      await new Promise<void>((r) => queueMicrotask(r));
      assert.deepEqual(saved, [{ x: 29, y: 20, width: 900, height: 700, maximized: false }]);
    });
  });

  test('close saves immediately and flush waits for the write', async () => {
    const win = fakeWindow();
    const saved: WindowBounds[] = [];
    let release!: () => void;
    const tracker = trackWindowBounds(win, (b) => new Promise<void>((resolve) => {
      saved.push(b);
      release = resolve;
    }), 60_000);
    win.state.width = 1000;
    win.emit('resize');
    win.emit('close');
    let flushed = false;
    const done = tracker.flush().then(() => (flushed = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(saved.length, 1);
    assert.equal(saved[0]?.width, 1000);
    assert.equal(flushed, false);
    release();
    await done;
    assert.equal(flushed, true);
  });

  test('unchanged bounds are not written again, and a failed write is retried on the next change', async () => {
    const win = fakeWindow();
    let calls = 0;
    const tracker = trackWindowBounds(win, async () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    }, 0);
    win.emit('resize');
    await tracker.flush();
    await new Promise((r) => setTimeout(r, 5));
    win.emit('resize');
    await new Promise((r) => setTimeout(r, 5));
    await tracker.flush();
    assert.equal(calls, 2);
    win.emit('resize');
    await new Promise((r) => setTimeout(r, 5));
    await tracker.flush();
    assert.equal(calls, 2);
  });
});
