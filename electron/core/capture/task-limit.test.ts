import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTaskLimit } from './task-limit.ts';

test('the task limit never runs more than its limit, even as tasks hand over', async () => {
  const limit = createTaskLimit(2);
  let active = 0;
  let peak = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: 7 }, (_, i) =>
      limit(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        order.push(i);
        active--;
      }),
    ),
  );
  assert.equal(peak, 2);
  assert.equal(order.length, 7);
  await assert.rejects(limit(async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await limit(async () => 5), 5, 'a failed task frees its slot');
});
