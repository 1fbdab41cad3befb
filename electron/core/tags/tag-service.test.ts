import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BulkChange, TagInfo } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

test('tagging many articles changes only those that lacked a tag, spells it once, and survives reopening', async () => {
  const s = await openTestLibrary();
  const [a, b, c] = [await s.add('One'), await s.add('Two'), await s.add('Three')];
  assert.deepEqual((await s.get(a)).tags, [], 'a new article has no tags');
  await s.call('articles.tag', { ids: [a], tags: ['Café'] });
  s.events.length = 0;
  const result = await s.call<BulkChange>('articles.tag', { ids: [a, b], tags: ['cafe', '#Reading'] });
  assert.deepEqual(result.changed.sort(), [a, b].sort());
  assert.deepEqual((await s.get(a)).tags, ['Café', 'Reading']);
  assert.deepEqual((await s.get(b)).tags, ['Café', 'Reading'], '"cafe" joins the existing "Café"');
  assert.deepEqual(s.events.map((event) => event.name), ['library.changed', 'tags.changed']);

  const again = await s.call<BulkChange>('articles.tag', { ids: [a, b, c], tags: ['CAFÉ'] });
  assert.deepEqual(again.changed, [c], 'only the article that lacked it');
  const list = await s.call<TagInfo[]>('tags.list', {});
  assert.deepEqual(list, [
    { name: 'Café', color: null, articleCount: 3, highlightCount: 0 },
    { name: 'Reading', color: null, articleCount: 2, highlightCount: 0 },
  ]);

  const untagged = await s.call<BulkChange>('articles.untag', { ids: [a, c], tags: ['reading'] });
  assert.deepEqual(untagged.changed, [a]);
  await s.core.close();
  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual((await reopened.get(a)).tags, ['Café']);
  assert.deepEqual((await reopened.get(b)).tags, ['Café', 'Reading']);
  await reopened.core.close();
});

test('bad tags and unknown articles are refused with a clear message, and nothing is half-applied', async () => {
  const s = await openTestLibrary();
  const a = await s.add('One');
  const refusal = async (input: unknown, code: string, message: RegExp) => {
    const result = await s.attempt('articles.tag', input);
    assert.equal(result.ok, false, JSON.stringify(input).slice(0, 80));
    if (!result.ok) {
      assert.equal(result.code, code);
      assert.match(result.message, message);
    }
  };
  await refusal({ ids: [a], tags: ['   '] }, 'INVALID_INPUT', /a tag needs a name/);
  await refusal({ ids: [a], tags: ['x'.repeat(500)] }, 'INVALID_INPUT', /at most 64 characters/);
  await refusal({ ids: [a], tags: [] }, 'INVALID_INPUT', /name at least one tag/);
  await refusal({ ids: [a], tags: ['#'] }, 'INVALID_INPUT', /not tag names/);
  await refusal({ ids: [a, 'no-such-article'], tags: ['kept'] }, 'NOT_FOUND', /1 of the 2 articles \(no-such-article\) is not in the library .*nothing was changed/);
  assert.deepEqual((await s.get(a)).tags, [], 'the known article was not tagged either');
  const many = await s.attempt('articles.updateMany', { ids: [a, 'gone-1', 'gone-2'], patch: { archived: true } });
  assert.match(many.ok ? '' : many.message, /2 of the 3 articles \(gone-1, gone-2\) are not in the library/);
  assert.equal((await s.get(a)).archived, false);
  await s.core.close();
});

test('highlights share the vocabulary: one spelling, counted apart', async () => {
  const s = await openTestLibrary();
  const a = await s.add('One');
  await s.call('articles.tag', { ids: [a], tags: ['Café'] });
  const highlight = await s.highlight(a, ['cafe', 'Quotes']);
  assert.deepEqual(highlight.tags, ['Café', 'Quotes']);
  assert.ok(s.events.some((event) => event.name === 'tags.changed'));
  assert.deepEqual(await s.call('tags.list', {}), [
    { name: 'Café', color: null, articleCount: 1, highlightCount: 1 },
    { name: 'Quotes', color: null, articleCount: 0, highlightCount: 1 },
  ]);
  await s.call('articles.delete', { id: a });
  assert.deepEqual(await s.call('tags.list', {}), [], 'a deleted article and its highlights are not counted');
  await s.core.close();
});

test('renaming respells, renaming onto an existing tag merges into it, and merging folds tags with their colour', async () => {
  const s = await openTestLibrary();
  const [a, b] = [await s.add('One'), await s.add('Two')];
  await s.call('articles.tag', { ids: [a], tags: ['cafe', 'Later'] });
  await s.call('articles.tag', { ids: [b], tags: ['To read'] });
  const highlight = await s.highlight(b, ['later']);

  assert.deepEqual(await s.call('tags.rename', { from: 'CAFE', to: 'Café' }), { name: 'Café', color: null, articleCount: 1, highlightCount: 0 });
  await s.call('tags.setColor', { name: 'later', color: 'teal' });
  const merged = await s.call<TagInfo>('tags.rename', { from: 'later', to: 'to READ' });
  assert.deepEqual(merged, { name: 'To read', color: 'teal', articleCount: 2, highlightCount: 1 }, 'the existing spelling wins; the colour comes along');
  assert.deepEqual((await s.get(a)).tags, ['Café', 'To read']);
  const [listed] = await s.call<{ tags: string[] }[]>('highlights.list', { articleId: b });
  assert.deepEqual(listed?.tags, ['To read'], `highlight ${highlight.id} was renamed too`);

  const folded = await s.call<TagInfo>('tags.merge', { from: ['café', 'to read'], into: 'Queue' });
  assert.deepEqual(folded, { name: 'Queue', color: 'teal', articleCount: 2, highlightCount: 1 });
  assert.deepEqual((await s.get(a)).tags, ['Queue']);
  assert.deepEqual((await s.call<TagInfo[]>('tags.list', {})).map((tag) => tag.name), ['Queue']);

  const self = await s.attempt('tags.merge', { from: ['queue'], into: 'QUEUE' });
  assert.match(self.ok ? '' : `${self.code} ${self.message}`, /INVALID_INPUT A tag cannot be merged into itself/);
  const unknown = await s.attempt('tags.merge', { from: ['queue', 'nothing'], into: 'else' });
  assert.match(unknown.ok ? '' : `${unknown.code} ${unknown.message}`, /NOT_FOUND No tag “nothing” is in the library; nothing was changed/);
  assert.deepEqual((await s.get(a)).tags, ['Queue'], 'a refused merge changed nothing');
  const renameUnknown = await s.attempt('tags.rename', { from: 'nothing', to: 'x' });
  assert.equal(renameUnknown.ok ? '' : renameUnknown.code, 'NOT_FOUND');
  await s.core.close();

  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual(await reopened.call('tags.list', {}), [{ name: 'Queue', color: 'teal', articleCount: 2, highlightCount: 1 }]);
  await reopened.core.close();
});

test('a deleted tag leaves articles and highlights, and Undo puts it back in its place with its colour', async () => {
  const s = await openTestLibrary();
  const a = await s.add('One');
  await s.call('articles.tag', { ids: [a], tags: ['first', 'Doomed', 'last'] });
  await s.highlight(a, ['doomed']);
  await s.call('tags.setColor', { name: 'doomed', color: 'red' });
  const deleted = await s.call<{ name: string; undoUntil: string }>('tags.delete', { name: 'DOOMED' });
  assert.equal(deleted.name, 'Doomed');
  assert.ok(Date.parse(deleted.undoUntil) > Date.now() - 1000);
  assert.deepEqual((await s.get(a)).tags, ['first', 'last']);
  assert.deepEqual((await s.call<TagInfo[]>('tags.list', {})).map((tag) => tag.name), ['first', 'last']);

  const back = await s.call<TagInfo>('tags.undoDelete', { name: 'doomed' });
  assert.deepEqual(back, { name: 'Doomed', color: 'red', articleCount: 1, highlightCount: 1 });
  assert.deepEqual((await s.get(a)).tags, ['first', 'Doomed', 'last']);

  await s.call('tags.delete', { name: 'Doomed' });
  await new Promise((resolve) => setTimeout(resolve, 150));
  const late = await s.attempt('tags.undoDelete', { name: 'Doomed' });
  assert.match(late.ok ? '' : late.message, /cannot be brought back any more/);
  const unknown = await s.attempt('tags.delete', { name: 'never-was' });
  assert.equal(unknown.ok ? '' : unknown.code, 'NOT_FOUND');
  await s.core.close();
  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual((await reopened.get(a)).tags, ['first', 'last'], 'the delete is on disk');
  await reopened.core.close();
});

test('tag colours live in tags.json; a damaged one starts afresh and the library still opens', async () => {
  const s = await openTestLibrary();
  const a = await s.add('One');
  await s.call('articles.tag', { ids: [a], tags: ['Blue things'] });
  await s.call('tags.setColor', { name: 'blue things', color: 'blue' });
  const stored = JSON.parse(await readFile(join(s.dir, 'tags.json'), 'utf8'));
  assert.deepEqual(stored, { schemaVersion: 1, colors: [{ key: 'blue things', color: 'blue' }] });
  const bad = await s.attempt('tags.setColor', { name: 'blue things', color: 'plaid' });
  assert.equal(bad.ok ? '' : bad.code, 'INVALID_INPUT');
  await s.core.close();

  await writeFile(join(s.dir, 'tags.json'), '{"schemaVersion": 1, "colors": [tr');
  const reopened = await openTestLibrary(s.dir);
  assert.deepEqual(await reopened.call('tags.list', {}), [{ name: 'Blue things', color: null, articleCount: 1, highlightCount: 0 }]);
  await reopened.core.close();
});
