import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRange } from '../../shared/annotations/selectors.ts';
import type { HighlightColor } from '../../shared/models.ts';
import type { HighlightRecord } from './highlight-store.ts';
import { queryNotebook, type NotebookArticle, type NotebookOptions } from './notebook-query.ts';

const TEXT = 'Bees dance to share where the flowers are. The hive hums all night. Winter is long for a colony.';

const articles: NotebookArticle[] = [
  { id: 'art-bees', title: 'Bees', siteName: 'Garden Notes', note: 'Ask about **waggle** dances.', noteUpdatedAt: '2026-02-03T00:00:00.000Z' },
  { id: 'art-apple', title: 'Apples in autumn', siteName: null, note: '', noteUpdatedAt: null },
  { id: 'art-zebra', title: 'Zebras', siteName: 'Savanna', note: 'Stripes are for flies.', noteUpdatedAt: '2026-01-01T00:00:00.000Z' },
];

function h(id: string, articleId: string, words: string, color: HighlightColor, createdAt: string, extra: Partial<HighlightRecord> = {}): HighlightRecord {
  const start = TEXT.indexOf(words);
  return { id, articleId, color, note: '', tags: [], selectors: describeRange(TEXT, start, start + words.length), createdAt, updatedAt: createdAt, deletedAt: null, ...extra };
}

const highlights: HighlightRecord[] = [
  h('h-hive', 'art-bees', 'The hive hums', 'yellow', '2026-02-01T00:00:00.000Z', { tags: ['Sound'] }),
  h('h-dance', 'art-bees', 'Bees dance', 'green', '2026-02-05T00:00:00.000Z', { note: 'Communication!', tags: ['behaviour', 'sound'] }),
  h('h-apple', 'art-apple', 'Winter is long', 'yellow', '2026-02-04T00:00:00.000Z'),
  h('h-deleted', 'art-apple', 'flowers', 'yellow', '2026-02-09T00:00:00.000Z', { deletedAt: '2026-02-10T00:00:00.000Z' }),
  h('h-orphan-article', 'art-gone', 'colony', 'yellow', '2026-02-09T00:00:00.000Z'),
];

const ids = (options: Partial<NotebookOptions>) =>
  queryNotebook(articles, highlights, { offset: 0, limit: 100, sort: 'newest', ...options }).items.map((item) => item.id);

test('newest first mixes highlights and article notes, leaving out deleted highlights and missing articles', () => {
  assert.deepEqual(ids({}), ['h-dance', 'h-apple', 'note-art-bees', 'h-hive', 'note-art-zebra']);
});

test('by article: titles in order, each article note first, then highlights in reading order', () => {
  assert.deepEqual(ids({ sort: 'article' }), ['h-apple', 'note-art-bees', 'h-dance', 'h-hive', 'note-art-zebra']);
  const page = queryNotebook(articles, highlights, { offset: 0, limit: 100, sort: 'article' });
  for (const item of page.items) assert.equal(item.articleTitle, articles.find((a) => a.id === item.articleId)?.title);
});

test('color and tag filters keep matching highlights only; tags match whatever their case or #', () => {
  assert.deepEqual(ids({ color: 'yellow' }), ['h-apple', 'h-hive']);
  assert.deepEqual(ids({ tag: '#SOUND' }), ['h-dance', 'h-hive']);
  assert.deepEqual(ids({ tag: 'behaviour', color: 'yellow' }), []);
  assert.deepEqual(ids({ tag: '  ' }), ids({}), 'a blank tag filters nothing');
});

test('free text matches quote, note, tags, title and site, every word, ignoring case and accents', () => {
  assert.deepEqual(ids({ query: 'communication' }), ['h-dance']);
  assert.deepEqual(ids({ query: 'WAGGLE' }), ['note-art-bees']);
  assert.deepEqual(ids({ query: 'savanna' }), ['note-art-zebra']);
  assert.deepEqual(ids({ query: 'garden hums' }), ['h-hive']);
  assert.deepEqual(ids({ query: 'wínter' }), ['h-apple']);
  assert.deepEqual(ids({ query: 'bees nothing-like-this' }), []);
});

test('paging reports the total and an article filter narrows to one article', () => {
  const page = queryNotebook(articles, highlights, { offset: 1, limit: 2, sort: 'newest' });
  assert.deepEqual(page.items.map((item) => item.id), ['h-apple', 'note-art-bees']);
  assert.equal(page.total, 5);
  assert.equal(page.offset, 1);
  assert.deepEqual(ids({ articleId: 'art-bees', sort: 'article' }), ['note-art-bees', 'h-dance', 'h-hive']);
  const hive = queryNotebook(articles, highlights, { offset: 0, limit: 1, sort: 'newest', tag: 'sound', color: 'yellow' }).items[0];
  assert.deepEqual(hive, {
    kind: 'highlight',
    id: 'h-hive',
    articleId: 'art-bees',
    articleTitle: 'Bees',
    siteName: 'Garden Notes',
    quote: 'The hive hums',
    color: 'yellow',
    note: '',
    tags: ['Sound'],
    position: TEXT.indexOf('The hive hums'),
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  });
});
