import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SavedSearch } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

test('saved searches keep their order, count what matches now, and survive reopening', async () => {
  const s = await openTestLibrary();
  await s.add('Rivers of the north');
  await s.add('Rivers of the south');
  await s.add('Mountains');
  s.events.length = 0;
  const rivers = await s.call<SavedSearch>('savedSearches.save', { name: ' Rivers ', query: ' rivers ' });
  assert.match(rivers.id, /^[a-z0-9][a-z0-9-]{2,63}$/);
  assert.deepEqual([rivers.name, rivers.query, rivers.count], ['Rivers', 'rivers', 2]);
  assert.deepEqual(s.events.filter((event) => event.name.startsWith('savedSearches')), [{ name: 'savedSearches.changed', payload: {} }]);
  const north = await s.call<SavedSearch>('savedSearches.save', { name: 'North', query: 'north' });
  await s.add('North by northwest');
  assert.deepEqual((await s.call<SavedSearch[]>('savedSearches.list', {})).map((saved) => [saved.name, saved.count]), [['Rivers', 2], ['North', 2]], 'counted now, not when saved');

  const [mountains] = (await s.call<{ items: { id: string }[] }>('articles.list', { offset: 0, limit: 1, sort: 'saved', filter: 'all', query: 'mountains' })).items;
  await s.call('articles.tag', { ids: [mountains?.id], tags: ['Peaks'] });
  const operators = await s.call<SavedSearch>('savedSearches.save', { name: 'Peaks', query: 'tag:peaks' });
  assert.equal(operators.count, 1, 'the count speaks the search language');
  await s.call('savedSearches.delete', { id: operators.id });

  const renamed = await s.call<SavedSearch>('savedSearches.update', { id: north.id, name: 'Up north', query: 'northwest' });
  assert.deepEqual([renamed.name, renamed.query, renamed.count], ['Up north', 'northwest', 1]);
  const order = await s.call<SavedSearch[]>('savedSearches.reorder', { ids: [north.id, rivers.id] });
  assert.deepEqual(order.map((saved) => saved.name), ['Up north', 'Rivers']);
  await s.core.close();

  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual((await reopened.call<SavedSearch[]>('savedSearches.list', {})).map((saved) => saved.name), ['Up north', 'Rivers']);
  assert.deepEqual(await reopened.call('savedSearches.delete', { id: rivers.id }), { id: rivers.id });
  assert.deepEqual((await reopened.call<SavedSearch[]>('savedSearches.list', {})).map((saved) => saved.id), [north.id]);
  const stored = JSON.parse(await readFile(join(s.dir, 'saved-searches.json'), 'utf8'));
  assert.equal(stored.schemaVersion, 1);
  await reopened.core.close();
});

test('saved searches refuse an empty query, a name in use, an unknown id and an order that is not a reordering', async () => {
  const s = await openTestLibrary();
  const first = await s.call<SavedSearch>('savedSearches.save', { name: 'Café', query: 'coffee' });
  const second = await s.call<SavedSearch>('savedSearches.save', { name: 'Tea', query: 'tea' });
  const refused = async (method: string, input: unknown, code: string, message: RegExp) => {
    const result = await s.attempt(method, input);
    assert.equal(result.ok ? 'ok' : result.code, code, method);
    if (!result.ok) assert.match(result.message, message);
  };
  await refused('savedSearches.save', { name: 'Blank', query: '   ' }, 'INVALID_INPUT', /needs a query/);
  await refused('savedSearches.save', { name: '', query: 'x' }, 'INVALID_INPUT', /needs a name/);
  await refused('savedSearches.save', { name: 'cafe', query: 'x' }, 'INVALID_INPUT', /already called “Café”/);
  await refused('savedSearches.update', { id: second.id, name: 'CAFÉ' }, 'INVALID_INPUT', /already called/);
  await refused('savedSearches.update', { id: 'a0000000-0000-0000-0000-000000000000', name: 'x' }, 'NOT_FOUND', /No saved search/);
  await refused('savedSearches.delete', { id: 'a0000000-0000-0000-0000-000000000000' }, 'NOT_FOUND', /No saved search/);
  await refused('savedSearches.reorder', { ids: [first.id] }, 'INVALID_INPUT', /each of the 2 saved searches once/);
  await refused('savedSearches.reorder', { ids: [first.id, first.id] }, 'INVALID_INPUT', /each of the 2/);
  const same = await s.call<SavedSearch>('savedSearches.update', { id: first.id, name: 'Café' });
  assert.equal(same.name, 'Café', 'keeping its own name is no clash');
  await s.core.close();
});

test('a damaged saved-searches.json starts afresh instead of keeping the library closed', async () => {
  const s = await openTestLibrary();
  await s.call('savedSearches.save', { name: 'One', query: 'one' });
  await s.core.close();
  await writeFile(join(s.dir, 'saved-searches.json'), '{"schemaVersion":1,"searches":{');
  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual(await reopened.call('savedSearches.list', {}), []);
  assert.equal((await reopened.call<{ state: string }>('library.status', {})).state, 'ok');
  await reopened.core.close();
});
