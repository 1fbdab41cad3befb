import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../electron/shared/models.ts';
import {
  PAGE_SIZE,
  applyProgress,
  applySearchProgress,
  clearQuery,
  filter,
  initLibrary,
  listSort,
  rowAt,
  searchHints,
  searchStatus,
  setFilter,
  setQuery,
  setQueryInput,
  setSort,
  showRows,
  total,
} from './library-store.ts';

type Request = { method: string; input: Record<string, unknown>; answer: (value: unknown) => void };
const requests: Request[] = [];

// A bridge whose answers the test releases by hand, so it can answer out of order.
(globalThis as unknown as { window: unknown }).window = {
  lectern: {
    shell: 'browser',
    invoke: (method: string, input: Record<string, unknown>) =>
      new Promise((resolve) => {
        if (method !== 'articles.list') return resolve({ ok: true, value: input });
        requests.push({ method, input, answer: (value) => resolve({ ok: true, value }) });
      }),
    onEvent: () => () => {},
    onCommand: () => () => {},
  },
};

function page(offset: number, count: number, label: string, all = 1000): unknown {
  const items = Array.from({ length: count }, (_, i) => ({ id: `${label}-${offset + i}`, title: `${label} ${offset + i}` }) as ArticleSummary);
  return { items, total: all, offset };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  requests.length = 0;
});

test('pages are fetched on demand, once each', async () => {
  initLibrary();
  assert.equal(requests.length, 1);
  assert.deepEqual([requests[0]!.input.offset, requests[0]!.input.limit], [0, PAGE_SIZE]);
  requests[0]!.answer(page(0, PAGE_SIZE, 'all'));
  await settle();
  assert.equal(total.value, 1000);
  assert.equal(rowAt(5)?.title, 'all 5');

  showRows(PAGE_SIZE * 1.5, PAGE_SIZE * 2.6); // pages 1 and 2
  showRows(PAGE_SIZE * 1.5, PAGE_SIZE * 2.6); // already on their way: nothing new
  assert.deepEqual(requests.slice(1).map((r) => r.input.offset), [PAGE_SIZE, PAGE_SIZE * 2]);
});

test('an answer for an older filter is dropped', async () => {
  const firstPage = (name: string) => requests.find((r) => r.input.filter === name && r.input.offset === 0)!;
  setFilter('favorites');
  const favorites = firstPage('favorites');
  setFilter('archived');
  const archived = firstPage('archived');
  archived.answer(page(0, 3, 'archived', 3));
  favorites.answer(page(0, 50, 'favorites', 50)); // late
  await settle();
  assert.equal(filter.value, 'archived');
  assert.equal(total.value, 3);
  assert.equal(rowAt(0)?.title, 'archived 0');
});

test('typing asks core at once, then only for the newest text once it has answered', async () => {
  setQueryInput('r');
  await settle();
  setQueryInput('ri');
  setQueryInput('riv');
  await settle();
  const firstPages = () => requests.filter((r) => r.input.offset === 0).map((r) => r.input.query);
  assert.deepEqual(firstPages(), ['r']);
  assert.equal(requests[0]!.input.sort, 'relevance', 'a new search starts with the best match');
  for (const r of requests) r.answer(page(r.input.offset as number, 5, 'r', 5));
  await settle();
  await settle();
  assert.deepEqual(firstPages(), ['r', 'riv']);
  requests.find((r) => r.input.query === 'riv')!.answer({ ...(page(0, 2, 'riv', 2) as object), search: { hints: ['a hint'], status: { state: 'ready', done: 1, total: 1, message: null } } });
  await settle();
  assert.deepEqual(searchHints.value, ['a hint']);
  assert.equal(rowAt(0)?.title, 'riv 0');
});

test('a sort picked while searching lasts for that search; clearing returns to the saved sort', async () => {
  setQuery('');
  await settle();
  setSort('title');
  await settle();
  setQuery('glaciers');
  await settle();
  assert.equal(listSort(), 'relevance');
  setSort('length');
  assert.equal(listSort(), 'length');
  clearQuery();
  await settle();
  assert.equal(listSort(), 'title');
  assert.deepEqual(searchHints.value, []);
  setQuery('rivers');
  assert.equal(listSort(), 'relevance', 'the next search starts with the best match again');
  assert.equal(requests.at(-1)?.input.sort, 'relevance');
  setQuery('');
});

test('saved progress redraws the row at once, and fetches again only when the row may leave the list', async () => {
  const firstPage = (name: string) => requests.find((r) => r.input.filter === name && r.input.offset === 0)!;
  const row = { id: 'read-me', title: 'Read me', progress: null, finishedAt: null } as unknown as ArticleSummary;
  setFilter('all');
  firstPage('all').answer({ items: [row], total: 1, offset: 0 });
  await settle();
  requests.length = 0;
  applyProgress({ id: 'read-me', fraction: 0.3, anchor: { block: 4, offset: 0 }, finished: false });
  assert.equal(rowAt(0)?.progress?.fraction, 0.3);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(requests.length, 0, 'the list did not ask core again');

  setFilter('unread');
  firstPage('unread').answer({ items: [row], total: 1, offset: 0 });
  await settle();
  requests.length = 0;
  applyProgress({ id: 'read-me', fraction: 0.3, anchor: { block: 4, offset: 0 }, finished: false });
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.ok(requests.length > 0, 'an article now being read leaves Unread');
});

test('the index becoming ready asks again for the search on screen, and only then', async () => {
  setQuery('rivers');
  await settle();
  for (const r of requests) r.answer(page(r.input.offset as number, 3, 'rivers', 3));
  await settle();
  requests.length = 0;
  applySearchProgress({ state: 'building', done: 10, total: 100, message: null });
  assert.equal(searchStatus.value?.done, 10);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(requests.length, 0, 'progress alone does not refetch');
  applySearchProgress({ state: 'ready', done: 100, total: 100, message: null });
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.deepEqual([...new Set(requests.map((r) => r.input.query))], ['rivers']);
  setQuery('');
});
