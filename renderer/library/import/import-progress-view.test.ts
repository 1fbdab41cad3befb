import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportProgressView, runFraction, type RunProgress } from './import-progress-view.ts';

const reading = (name: string, fraction: number): RunProgress => ({ done: 0, total: 1, file: { name, phase: 'reading', fraction } });

test('a run shows only once it has gone on for a second, then follows every step', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const view = new ImportProgressView();
  view.update(reading('big.html', 0));
  t.mock.timers.tick(500);
  view.update(reading('big.html', 0.04));
  t.mock.timers.tick(400);
  assert.equal(view.shown.value, null, 'not yet: most imports are over by now');
  t.mock.timers.tick(100);
  assert.deepEqual(view.shown.value, { ...reading('big.html', 0.04), finished: false });
  view.update({ done: 0, total: 1, file: { name: 'big.html', phase: 'extracting', fraction: 0.1 } });
  assert.equal(view.shown.peek()?.file?.phase, 'extracting');
});

test('several files show at once, file by file', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const view = new ImportProgressView();
  view.update({ done: 0, total: 4, file: { name: 'a.md', phase: 'reading', fraction: 0 } });
  assert.equal(view.shown.value?.total, 4);
  view.update({ done: 1, total: 4, file: { name: 'b.md', phase: 'reading', fraction: 0 } });
  assert.equal(view.shown.value?.file?.name, 'b.md');
});

test('a run over within the second never shows, not even later', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const view = new ImportProgressView();
  view.update(reading('note.md', 0));
  t.mock.timers.tick(300);
  view.update({ done: 1, total: 1, file: null });
  view.finish();
  t.mock.timers.tick(5000);
  assert.equal(view.shown.value, null);
});

test('a run that showed ends full and finished, then goes', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const view = new ImportProgressView();
  view.update({ done: 1, total: 3, file: { name: 'b.html', phase: 'saving', fraction: 0.95 } });
  t.mock.timers.tick(1000);
  view.finish();
  assert.deepEqual(view.shown.value, { done: 3, total: 3, file: { name: 'b.html', phase: 'saving', fraction: 1 }, finished: true });
  t.mock.timers.tick(1199);
  assert.equal(view.shown.value?.finished, true);
  t.mock.timers.tick(1);
  assert.equal(view.shown.value, null);
});

test('a new run while the finished bar lingers carries on in the bar already up', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const view = new ImportProgressView();
  view.update(reading('a.html', 0.5));
  t.mock.timers.tick(1000);
  view.finish();
  t.mock.timers.tick(200);
  view.update(reading('b.html', 0));
  assert.deepEqual(view.shown.value, { ...reading('b.html', 0), finished: false });
  t.mock.timers.tick(5000);
  assert.equal(view.shown.value?.file?.name, 'b.html', 'the linger timer was cancelled');
});

test('the run fraction counts finished files and the share of the one in hand', () => {
  assert.equal(runFraction({ done: 0, total: 1, file: null }), 0);
  assert.equal(runFraction({ done: 1, total: 4, file: { name: 'x', phase: 'extracting', fraction: 0.5 } }), 0.375);
  assert.equal(runFraction({ done: 4, total: 4, file: null }), 1);
  assert.equal(runFraction({ done: 0, total: 0, file: null }), 0);
});
