import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { formatSavedDate, metaLine, rowReading, sourceLabel } from './row-meta.ts';

const now = new Date(2026, 10, 25, 15, 0);

function article(patch: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'a1b', title: 'T', byline: null, siteName: null, source: { kind: 'file', value: '/home/me/notes/essay.md' },
    savedAt: new Date(2026, 10, 25, 9).toISOString(), updatedAt: '', publishedAt: null, lang: null, dir: 'ltr',
    excerpt: '', leadImage: null, wordCount: 0, readingMinutes: 0, archived: false, favorite: false,
    finishedAt: null, progress: null, hasNote: false, tags: [], ...patch,
  };
}

test('saved dates read like a person would say them', () => {
  assert.equal(formatSavedDate(new Date(2026, 10, 25, 1).toISOString(), now), 'Today');
  assert.equal(formatSavedDate(new Date(2026, 10, 24, 23).toISOString(), now), 'Yesterday');
  assert.equal(formatSavedDate(new Date(2026, 10, 21).toISOString(), now), '4 days ago');
  assert.equal(formatSavedDate(new Date(2026, 2, 12).toISOString(), now, 'en-GB'), '12 Mar');
  assert.equal(formatSavedDate(new Date(2023, 2, 12).toISOString(), now, 'en-GB'), '12 Mar 2023');
  assert.equal(formatSavedDate('nonsense', now), '');
});

test('the source falls back from site name to host to file name', () => {
  assert.equal(sourceLabel(article({ siteName: 'The Atlantic' })), 'The Atlantic');
  assert.equal(sourceLabel(article({ source: { kind: 'url', value: 'https://www.example.org/x' } })), 'example.org');
  assert.equal(sourceLabel(article()), 'essay.md');
  assert.equal(sourceLabel(article({ source: { kind: 'pasted', value: 'clipboard' } })), 'Pasted');
});

test('meta line skips what is unknown', () => {
  assert.deepEqual(metaLine(article({ byline: 'Ada', readingMinutes: 7 }), now), ['essay.md', 'Ada', '7 min', 'Today']);
  assert.deepEqual(metaLine(article(), now), ['essay.md', 'Today']);
});

test('a huge article says days, not thousands of minutes', () => {
  assert.deepEqual(metaLine(article({ readingMinutes: 34440 }), now), ['essay.md', '24 days', 'Today']);
});

test('reading state', () => {
  assert.deepEqual(rowReading(article()), { kind: 'unread' });
  assert.deepEqual(rowReading(article({ progress: { fraction: 0.4, anchor: null, updatedAt: '' } })), { kind: 'reading', fraction: 0.4, percent: 40 });
  assert.deepEqual(rowReading(article({ finishedAt: '2026-01-01T00:00:00Z' })), { kind: 'finished' });
});

test('a row shows a percentage only for what the library lists as in progress', () => {
  // 0.6 % used to show as "1% read" while the Unread filter still listed the article.
  assert.deepEqual(rowReading(article({ progress: { fraction: 0.006, anchor: { block: 0, offset: 40 }, updatedAt: '' } })), { kind: 'unread' });
  assert.deepEqual(rowReading(article({ progress: { fraction: 0.01, anchor: { block: 1, offset: 0 }, updatedAt: '' } })), { kind: 'reading', fraction: 0.01, percent: 1 });
});
