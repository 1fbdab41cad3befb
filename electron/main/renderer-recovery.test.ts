import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CRASH_LOOP_MS, recoverFromRendererCrash } from './renderer-recovery.ts';

function fakeContents() {
  let listener: ((e: unknown, d: { reason: string }) => void) | null = null;
  const contents = {
    reloads: 0,
    destroyed: false,
    isDestroyed: () => contents.destroyed,
    reload: () => void contents.reloads++,
    on: (_event: 'render-process-gone', l: (e: unknown, d: { reason: string }) => void) => void (listener = l),
    crash: (reason: string) => listener?.({}, { reason }),
  };
  return contents;
}

test('a crash reloads; a second crash soon after gives up instead of looping', () => {
  let clock = 1_000;
  const contents = fakeContents();
  const gaveUp: string[] = [];
  recoverFromRendererCrash(contents, (r) => gaveUp.push(r), () => clock);
  contents.crash('crashed');
  assert.equal(contents.reloads, 1);
  clock += 500;
  contents.crash('oom');
  assert.equal(contents.reloads, 1);
  assert.deepEqual(gaveUp, ['oom']);
  clock += CRASH_LOOP_MS + 1;
  contents.crash('crashed');
  assert.equal(contents.reloads, 2);
});

test('a clean exit or a destroyed window is left alone', () => {
  const contents = fakeContents();
  const gaveUp: string[] = [];
  recoverFromRendererCrash(contents, (r) => gaveUp.push(r));
  contents.crash('clean-exit');
  contents.destroyed = true;
  contents.crash('crashed');
  assert.equal(contents.reloads, 0);
  assert.deepEqual(gaveUp, []);
});
