import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleArticle } from '../testing/sample-article.ts';
import { completedRecord, withDownload } from './download-completion.ts';
import type { ArticleRecord } from './schema.ts';

const url = 'https://example.com/essays/rivers/';

function queued(extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1', title: url, byline: null, siteName: 'example.com', source: { kind: 'url', value: url }, savedAt: '2019-01-01T00:00:00.000Z',
    updatedAt: '2019-01-01T00:00:00.000Z', publishedAt: '2018-12-31T00:00:00.000Z', lang: null, dir: 'ltr', excerpt: 'From the export', tags: ['x'],
    leadImage: null, canonicalUrl: null, wordCount: 0, readingMinutes: 0, archived: true, favorite: false, finishedAt: null, deletedAt: null,
    download: { state: 'queued', attempts: 0, error: null }, ...extra,
  };
}

test('a downloaded article takes what the page says and keeps what the reader decided', () => {
  const page = sampleArticle({ title: 'On rivers', byline: 'Ada', publishedAt: null, wordCount: 460, lang: 'en', canonicalUrl: 'https://example.com/rivers' });
  const done = completedRecord(queued(), page, '2026-01-01T00:00:00.000Z');
  assert.equal(done.download, undefined);
  assert.deepEqual([done.title, done.byline, done.lang, done.wordCount, done.readingMinutes, done.canonicalUrl], ['On rivers', 'Ada', 'en', 460, 2, 'https://example.com/rivers']);
  assert.equal(done.publishedAt, '2018-12-31T00:00:00.000Z', "the export's date stands in for one the page lacks");
  assert.deepEqual([done.id, done.tags, done.archived, done.savedAt, done.source.value], ['a1', ['x'], true, '2019-01-01T00:00:00.000Z', url]);
  assert.equal(completedRecord(queued({ title: '  ' }), page, 'now').title, 'On rivers');
  assert.equal(completedRecord(queued({ title: url.replace(/\/$/, '') }), page, 'now').title, 'On rivers', 'the address without its slash is no title either');
  assert.equal(completedRecord(queued({ title: 'Rivers, saved in 2019' }), page, 'now').title, 'Rivers, saved in 2019');
});

test('a download state changes only records still waiting, and only when it says something new', () => {
  const failed = { state: 'failed' as const, attempts: 1, error: { code: 'PAGE_GONE' as const, message: 'Gone (404).' } };
  const record = queued();
  const marked = withDownload(record, failed, 'now');
  assert.deepEqual(marked.download, failed);
  assert.equal(withDownload(marked, { ...failed, error: { ...failed.error } }, 'later'), marked);
  const full = completedRecord(record, sampleArticle(), 'now');
  assert.equal(withDownload(full, failed, 'now'), full, 'an article already downloaded is left alone');
});
