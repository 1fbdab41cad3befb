import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticlePage, BulkChange } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

const all = { offset: 0, limit: 50, sort: 'saved', filter: 'all', query: '' };

test('updateMany changes many articles at once and names only those it changed, so Undo reverses exactly those', async () => {
  const s = await openTestLibrary();
  const [a, b, c] = [await s.add('One'), await s.add('Two'), await s.add('Three')];
  await s.call('articles.update', { id: b, patch: { archived: true } });
  s.events.length = 0;
  const archived = await s.call<BulkChange>('articles.updateMany', { ids: [a, b, c, a], patch: { archived: true } });
  assert.deepEqual(archived.changed.sort(), [a, c].sort(), 'b was archived already; a named twice counts once');
  assert.deepEqual(s.events, [{ name: 'library.changed', payload: { ids: archived.changed } }]);
  const undone = await s.call<BulkChange>('articles.updateMany', { ids: archived.changed, patch: { archived: false } });
  assert.deepEqual(undone.changed.sort(), [a, c].sort());
  assert.equal((await s.get(b)).archived, true, 'the Undo left b as it was');

  const finished = await s.call<BulkChange>('articles.updateMany', { ids: [a, b], patch: { finished: true, favorite: true } });
  assert.equal(finished.changed.length, 2);
  const when = (await s.get(a)).finishedAt;
  assert.ok(when);
  assert.deepEqual((await s.call<BulkChange>('articles.updateMany', { ids: [a], patch: { finished: true } })).changed, [], 'finishing again keeps the first time');
  const empty = await s.attempt('articles.updateMany', { ids: [a], patch: {} });
  assert.match(empty.ok ? '' : empty.message, /say what to change/);
  await s.core.close();

  const reopened = await openTestLibrary(s.dir);
  const article = await reopened.get(a);
  assert.deepEqual([article.archived, article.favorite, article.finishedAt], [false, true, when]);
  assert.equal((await reopened.get(c)).archived, false);
  await reopened.core.close();
});

test('deleteMany hides many articles with one Undo; after the window they are purged for good', async () => {
  const s = await openTestLibrary();
  const [a, b, c] = [await s.add('One'), await s.add('Two'), await s.add('Three')];
  await s.call('articles.tag', { ids: [a], tags: ['kept'] });
  s.events.length = 0;
  const deleted = await s.call<{ ids: string[]; undoUntil: string }>('articles.deleteMany', { ids: [a, b] });
  assert.deepEqual(deleted.ids.sort(), [a, b].sort());
  assert.deepEqual(s.events.map((event) => event.name), ['library.changed', 'tags.changed'], 'a had tags, so their counts moved');
  assert.deepEqual((await s.call<ArticlePage>('articles.list', all)).items.map((item) => item.id), [c]);
  const twice = await s.attempt('articles.deleteMany', { ids: [a, c] });
  assert.equal(twice.ok ? '' : twice.code, 'NOT_FOUND', 'an article already deleted is not there to delete');
  assert.equal((await s.call<ArticlePage>('articles.list', all)).total, 1, 'and c was left alone');

  const undone = await s.call<BulkChange>('articles.undoDeleteMany', { ids: [a, b, c] });
  assert.deepEqual(undone.changed.sort(), [a, b].sort(), 'c was never deleted');
  assert.deepEqual((await s.get(a)).tags, ['kept']);

  await s.call('articles.deleteMany', { ids: [a, b] });
  await new Promise((resolve) => setTimeout(resolve, 250));
  await assert.rejects(stat(join(s.dir, 'articles', a)), /ENOENT/);
  const late = await s.attempt('articles.undoDeleteMany', { ids: [a, b] });
  assert.match(late.ok ? '' : late.message, /2 of the 2 articles .* not in the library \(the undo window has passed\)/);
  await s.core.close();
});

test('a bulk delete survives reopening', async () => {
  const s = await openTestLibrary();
  const [a, b] = [await s.add('One'), await s.add('Two')];
  await s.call('articles.deleteMany', { ids: [a] });
  await s.core.close();
  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual((await reopened.call<ArticlePage>('articles.list', all)).items.map((item) => item.id), [b]);
  await reopened.core.close();
});
