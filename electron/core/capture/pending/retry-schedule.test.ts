import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextRetryTime, RETRY_DELAYS_MS } from './retry-schedule.ts';

test('retries back off and stop after the last step', () => {
  const now = 1_000_000;
  assert.equal(nextRetryTime(1, now, () => 0), now + RETRY_DELAYS_MS[0]!);
  assert.equal(nextRetryTime(2, now, () => 0), now + RETRY_DELAYS_MS[1]!);
  assert.equal(nextRetryTime(1, now, () => 1), now + Math.round(RETRY_DELAYS_MS[0]! * 1.1));
  assert.equal(nextRetryTime(RETRY_DELAYS_MS.length + 1, now), null);
});
