import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installGracefulQuit } from './graceful-quit.ts';

function fakeApp() {
  let listener: ((e: { preventDefault(): void }) => void) | null = null;
  const log: string[] = [];
  const app = {
    log,
    on(_event: 'before-quit', l: (e: { preventDefault(): void }) => void) {
      listener = l;
    },
    // Like Electron: quit() emits before-quit and quits unless it was prevented.
    quit() {
      let prevented = false;
      listener?.({ preventDefault: () => (prevented = true) });
      log.push(prevented ? 'held' : 'quit');
    },
  };
  return app;
}

test('quit waits for shutdown, then goes through exactly once', async () => {
  const app = fakeApp();
  let finish!: () => void;
  let shutdowns = 0;
  installGracefulQuit(app, () => new Promise<void>((resolve) => {
    shutdowns++;
    finish = resolve;
  }), () => {});
  app.quit();
  app.quit(); // impatient second Ctrl+Q while closing
  assert.deepEqual(app.log, ['held', 'held']);
  assert.equal(shutdowns, 1);
  finish();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(app.log, ['held', 'held', 'quit']);
});

test('a failing shutdown is reported and the app still quits', async () => {
  const app = fakeApp();
  const errors: unknown[] = [];
  installGracefulQuit(app, () => Promise.reject(new Error('flush failed')), (e) => errors.push(e));
  app.quit();
  await new Promise((r) => setImmediate(r));
  assert.equal(errors.length, 1);
  assert.deepEqual(app.log, ['held', 'quit']);
});
