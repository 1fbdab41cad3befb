import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageCache } from './page-cache.ts';

test('reports missing pages once and serves rows by index', () => {
  const cache = new PageCache<number>(100);
  assert.deepEqual(cache.missingPages(0, 250), [0, 1, 2]);
  cache.markLoading(0);
  cache.markLoading(1);
  assert.deepEqual(cache.missingPages(0, 250), [2]);
  cache.put(1, Array.from({ length: 100 }, (_, i) => 100 + i));
  assert.equal(cache.get(150), 150);
  assert.equal(cache.get(50), undefined);
  assert.deepEqual(cache.missingPages(0, 0), []);
});

test('invalidate keeps stale rows visible until fresh ones land', () => {
  const cache = new PageCache<string>(2);
  cache.put(0, ['a', 'b']);
  cache.invalidate();
  assert.equal(cache.get(1), 'b');
  assert.deepEqual(cache.missingPages(0, 2), [0]);
  cache.put(0, ['c', 'd']);
  assert.equal(cache.get(1), 'd');
  cache.clear();
  assert.equal(cache.get(1), undefined);
});

test('failed pages can be retried and patches reach cached rows', () => {
  const cache = new PageCache<{ id: string; fav: boolean }>(10);
  cache.markLoading(0);
  cache.fail(0);
  assert.deepEqual(cache.missingPages(0, 5), [0]);
  cache.put(0, [{ id: 'x', fav: false }]);
  cache.patch((r) => r.id === 'x', (r) => ({ ...r, fav: true }));
  assert.equal(cache.get(0)?.fav, true);
});
