import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DownloadProgress } from './download-progress.ts';

const pace = (status: { perMinute: number | null; secondsLeft: number | null; done: number }) => [status.perMinute, status.secondsLeft, status.done];

test('the pace is articles a minute over the recent window, and the time left follows from it', () => {
  let now = 0;
  const progress = new DownloadProgress(() => now);
  const counts = { queued: 12, failed: 1 };
  assert.deepEqual(pace(progress.status(counts, 0, false)), [null, null, 0], 'nothing to tell yet');
  for (const [at, downloaded] of [[5_000, true], [10_000, false], [20_000, true]] as const) {
    now = at;
    progress.finished(downloaded);
  }
  now = 30_000;
  assert.deepEqual(progress.status(counts, 2, false), { queued: 10, active: 2, failed: 1, done: 2, paused: false, perMinute: 6, secondsLeft: 120 });
  assert.equal(progress.status(counts, 2, true).secondsLeft, null, 'no time left while paused');
  assert.deepEqual(pace(progress.status({ queued: 0, failed: 0 }, 0, false)), [6, 0, 2]);
  now = 10 * 60_000;
  assert.deepEqual(pace(progress.status(counts, 0, false)), [null, null, 2], 'old finishes drop out of the window');
  progress.newBatch();
  assert.deepEqual(pace(progress.status(counts, 0, false)), [null, null, 0]);
});
