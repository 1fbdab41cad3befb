import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DownloadStatus } from '../../../electron/shared/models-migration.ts';
import { articleDownloadLine, downloadsLine } from './download-wording.ts';

const status = (over: Partial<DownloadStatus>): DownloadStatus => ({
  queued: 0,
  active: 0,
  failed: 0,
  done: 0,
  paused: false,
  perMinute: null,
  secondsLeft: null,
  ...over,
});

test('a running queue says how many are left, the rate and about how long', () => {
  assert.equal(downloadsLine(status({ queued: 1232, active: 2, perMinute: 40.4, secondsLeft: 1850 })), 'Downloading articles: 1,234 left · 40/min · about 31 min');
  assert.equal(downloadsLine(status({ queued: 3, perMinute: 12, secondsLeft: 15 })), 'Downloading articles: 3 left · 12/min · under a minute');
  assert.equal(downloadsLine(status({ queued: 9000, perMinute: 30, secondsLeft: 18_000 })), 'Downloading articles: 9,000 left · 30/min · about 5 h');
  assert.equal(downloadsLine(status({ queued: 5000, perMinute: 40, secondsLeft: 7500 })), 'Downloading articles: 5,000 left · 40/min · about 2 h 10 min');
});

test('before there is a rate, only the count is said', () => {
  assert.equal(downloadsLine(status({ queued: 10, active: 1 })), 'Downloading articles: 11 left');
  assert.equal(downloadsLine(status({ queued: 10, perMinute: 0, secondsLeft: null })), 'Downloading articles: 10 left');
});

test('paused and failed downloads are said plainly; an idle queue says nothing', () => {
  assert.equal(downloadsLine(status({ queued: 40, paused: true, failed: 2 })), 'Downloads paused: 40 left · 2 failed');
  assert.equal(downloadsLine(status({ failed: 1 })), '1 article could not be downloaded');
  assert.equal(downloadsLine(status({ failed: 0, done: 300 })), null);
});

test('one article says whether its text is on its way, left for later, or why it failed', () => {
  assert.equal(articleDownloadLine({ state: 'queued', attempts: 0, error: null }), 'Not downloaded yet — it will be saved in the background.');
  assert.match(articleDownloadLine({ state: 'held', attempts: 0, error: null }), /^Not downloaded — it was imported as a link/);
  assert.equal(
    articleDownloadLine({ state: 'failed', attempts: 3, error: { code: 'PAGE_GONE', message: 'example.org has no page at this address (404).' } }),
    'The download failed: example.org has no page at this address (404).',
  );
});
