import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestOnly } from './latest-only.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function recorder() {
  const started: string[] = [];
  const answers: (() => void)[] = [];
  const gate = latestOnly((value: string) => {
    started.push(value);
    return new Promise<void>((resolve) => answers.push(resolve));
  });
  return { started, answers, gate };
}

test('the first value runs at once; while it runs only the newest waits, then runs', async () => {
  const { started, answers, gate } = recorder();
  gate.push('r');
  await settle();
  gate.push('ri');
  gate.push('riv');
  await settle();
  assert.deepEqual(started, ['r']);
  answers[0]!();
  await settle();
  await settle();
  assert.deepEqual(started, ['r', 'riv']);
  answers[1]!();
  await settle();
  gate.push('rive');
  await settle();
  assert.deepEqual(started, ['r', 'riv', 'rive'], 'idle again: runs at once');
});

test('now() runs at once and drops what was waiting', async () => {
  const { started, answers, gate } = recorder();
  gate.push('a');
  gate.push('ab');
  gate.now('');
  await settle();
  assert.deepEqual(started, ['a', '']);
  answers[0]!();
  await settle();
  assert.deepEqual(started, ['a', ''], 'the overtaken run does not release the queue');
  gate.push('x');
  await settle();
  assert.deepEqual(started, ['a', ''], 'still waiting for the run now() started');
  answers[1]!();
  await settle();
  await settle();
  assert.deepEqual(started, ['a', '', 'x']);
});

test('a run that fails still lets the next one go', async () => {
  const started: string[] = [];
  const gate = latestOnly(async (value: string) => {
    started.push(value);
    if (value === 'bad') throw new Error('no');
  });
  gate.push('bad');
  gate.push('good');
  await settle();
  await settle();
  await settle();
  assert.deepEqual(started, ['bad', 'good']);
});

test('idle() waits for the newest value to be answered', async () => {
  const { answers, gate } = recorder();
  let idle = false;
  await gate.idle();
  gate.push('a');
  gate.push('ab');
  void gate.idle().then(() => (idle = true));
  await settle();
  answers[0]!();
  await settle();
  await settle();
  assert.equal(idle, false, 'ab still to answer');
  answers[1]!();
  await settle();
  await settle();
  assert.equal(idle, true);
});
