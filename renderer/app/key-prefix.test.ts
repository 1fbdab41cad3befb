import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyPrefix } from './key-prefix.ts';

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    set: (run: () => void) => {
      pending.set(next, run);
      return next++;
    },
    clear: (handle: unknown) => void pending.delete(handle as number),
    fireAll: () => {
      for (const [id, run] of pending) {
        pending.delete(id);
        run();
      }
    },
    count: () => pending.size,
  };
}

function setup() {
  const ran: string[] = [];
  const timers = manualTimers();
  const prefix = keyPrefix({
    first: 'g',
    followers: { n: () => ran.push('notebook'), g: () => ran.push('top') },
    alone: () => ran.push('top'),
    waitMs: 400,
    timers,
  });
  return { ran, timers, prefix };
}

test('g then n runs the follower and nothing else', () => {
  const { ran, timers, prefix } = setup();
  assert.equal(prefix.offer('g'), true);
  assert.deepEqual(ran, []);
  assert.equal(prefix.offer('n'), true);
  assert.deepEqual(ran, ['notebook']);
  assert.equal(timers.count(), 0);
});

test('g alone does its own thing once the wait is over', () => {
  const { ran, timers, prefix } = setup();
  prefix.offer('g');
  timers.fireAll();
  assert.deepEqual(ran, ['top']);
  assert.equal(prefix.offer('n'), false, 'n after the wait is n again');
});

test('g g goes to the top at once, and only once', () => {
  const { ran, timers, prefix } = setup();
  prefix.offer('g');
  assert.equal(prefix.offer('g'), true);
  timers.fireAll();
  assert.deepEqual(ran, ['top']);
});

test('another key runs g first and then counts as itself; Shift alone waits', () => {
  const { ran, prefix } = setup();
  prefix.offer('g');
  assert.equal(prefix.offer('Shift'), false);
  assert.deepEqual(ran, []);
  assert.equal(prefix.offer('G'), false);
  assert.deepEqual(ran, ['top']);
  assert.equal(prefix.offer('j'), false);
  assert.deepEqual(ran, ['top']);
});

test('cancel forgets a waiting g', () => {
  const { ran, timers, prefix } = setup();
  prefix.offer('g');
  prefix.cancel();
  timers.fireAll();
  assert.deepEqual(ran, []);
});
