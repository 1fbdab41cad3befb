import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDebouncedWriter, type WriteState } from './debounced-writer.ts';

function harness(delayMs = 500) {
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let nextId = 1;
  const written: number[] = [];
  const states: WriteState[] = [];
  let release: (() => void) | null = null;
  let holdWrites = false;
  const writer = createDebouncedWriter<number>(
    async (value) => {
      if (holdWrites) await new Promise<void>((resolve) => (release = resolve));
      written.push(value);
      return null;
    },
    {
      delayMs,
      onState: (s) => states.push(s),
      setTimer: (fn, ms) => {
        const id = nextId++;
        timers.push({ fn, at: now + ms, id });
        return id;
      },
      clearTimer: (id) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
    },
  );
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
    await new Promise((r) => setImmediate(r));
  };
  return {
    writer, written, states, advance,
    hold: () => (holdWrites = true),
    release: () => { holdWrites = false; release?.(); },
  };
}

test('only the last value of a burst is written, after the pause', async () => {
  const h = harness();
  h.writer.push(1);
  await h.advance(200);
  h.writer.push(2);
  await h.advance(200);
  h.writer.push(3);
  await h.advance(499);
  assert.deepEqual(h.written, []);
  await h.advance(1);
  assert.deepEqual(h.written, [3]);
  assert.equal(h.states.at(-1), 'saved');
});

test('flush writes at once without waiting for the timer', async () => {
  const h = harness();
  h.writer.push(7);
  await h.writer.flush();
  assert.deepEqual(h.written, [7]);
  await h.advance(1000);
  assert.deepEqual(h.written, [7], 'the cancelled timer does not write again');
});

test('a value pushed during a write is written after it, never before', async () => {
  const h = harness();
  h.hold();
  h.writer.push(1);
  await h.advance(500);
  h.writer.push(2);
  const flushed = h.writer.flush();
  h.release();
  await flushed;
  assert.deepEqual(h.written, [1, 2]);
});

test('errors are reported and do not stop later writes', async () => {
  const states: string[] = [];
  let fail = true;
  const writer = createDebouncedWriter<number>(async () => (fail ? 'disk full' : null), {
    delayMs: 10,
    onState: (s, e) => states.push(e ? `${s}:${e}` : s),
  });
  writer.push(1);
  await writer.flush();
  fail = false;
  writer.push(2);
  await writer.flush();
  // flush tries a failed value once more before giving up for now.
  assert.deepEqual(states, ['pending', 'saving', 'error:disk full', 'saving', 'error:disk full', 'pending', 'saving', 'saved']);
});

test('a value whose write failed is retried, and flush tries it again before leaving', async () => {
  const written: string[] = [];
  let failuresLeft = 2;
  const timers: (() => void)[] = [];
  const writer = createDebouncedWriter<string>(
    async (value) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        return 'core is busy';
      }
      written.push(value);
      return null;
    },
    { delayMs: 10, setTimer: (fn) => timers.push(fn), clearTimer: () => undefined },
  );
  writer.push('my note');
  await writer.flush();
  assert.deepEqual(written, [], 'the write and the retry on leaving both failed');
  assert.equal(timers.length > 0, true, 'a retry is scheduled');
  timers.at(-1)?.();
  await writer.flush();
  assert.deepEqual(written, ['my note'], 'the same text was written later; nothing was dropped');
});
