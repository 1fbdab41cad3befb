import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LecternEvent } from '../../shared/events.ts';
import type { AnchoredHighlight, ArticleSummary, Highlight, NotebookPage } from '../../shared/models.ts';
import { createCore } from '../create-core.ts';
import { createBackup } from '../library/backups.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { articleText } from './article-text.ts';

const BODY =
  '<h2>A quiet morning</h2><p>A dog barked twice at the gate and then lay down.</p><p>The river ran slowly past the mill, and nobody was in a hurry to be anywhere.</p>' +
  '<p>By noon the light had changed and the <em>market</em> filled with voices.</p><p>Evening came without a sound.</p>';

async function setup(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  const core = await createCore({ dataDir: dir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 10 });
  const events: LecternEvent[] = [];
  core.events.on((event) => events.push(event));
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
    return result.value as T;
  };
  return { dir, core, events, call };
}

async function addArticle(s: Awaited<ReturnType<typeof setup>>, body = BODY): Promise<string> {
  const { id } = await s.call<ArticleSummary>('articles.importText', { text: 'Placeholder text for the article body.', format: 'text', title: 'The mill' });
  await writeBody(s.dir, id, body);
  return id;
}

function writeBody(dir: string, id: string, body: string): Promise<void> {
  return writeFile(join(dir, 'articles', id, 'body.html'), body);
}

function offsetsOf(body: string, words: string): { start: number; end: number } {
  const start = articleText(body).indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return { start, end: start + words.length };
}

test('a highlight made from offsets lists at the same offsets, with its quote, note and tags', async () => {
  const s = await setup();
  const id = await addArticle(s);
  const text = articleText(BODY);
  const created = await s.call<AnchoredHighlight>('highlights.create', {
    articleId: id,
    ...offsetsOf(BODY, 'the light had changed'),
    color: 'green',
    note: 'Light *matters*.',
    tags: ['#Light', ' light ', 'Time of day'],
  });
  assert.equal(created.orphaned, false);
  assert.equal(text.slice(created.start ?? 0, created.end ?? 0), 'the light had changed');
  assert.deepEqual(created.tags, ['Light', 'Time of day'], 'tags are tidied and deduplicated');
  const [quote, position] = created.selectors;
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(quote.exact, 'the light had changed');
  assert.ok(quote.prefix.endsWith('By noon '));
  assert.deepEqual(position, { type: 'TextPositionSelector', start: created.start, end: created.end });
  assert.deepEqual(s.events.slice(-2), [
    { name: 'library.changed', payload: { ids: [id] } },
    { name: 'tags.changed', payload: {} },
  ], 'it had tags, so the tag counts moved too');

  await s.call('highlights.create', { articleId: id, ...offsetsOf(BODY, 'The river ran'), color: 'yellow' });
  const listed = await s.call<AnchoredHighlight[]>('highlights.list', { articleId: id });
  assert.deepEqual(listed.map((h) => h.selectors[0].exact), ['The river ran', 'the light had changed'], 'reading order');
  assert.deepEqual(listed[1], created);
  await s.core.close();
});

test('bad offsets and whitespace-only selections are refused with a clear message', async () => {
  const s = await setup();
  const id = await addArticle(s);
  const length = articleText(BODY).length;
  for (const input of [{ start: 5, end: 5 }, { start: 9, end: 3 }, { start: 0, end: length + 1 }]) {
    const result = await s.core.dispatch('highlights.create', { articleId: id, color: 'yellow', ...input });
    assert.equal(result.ok ? null : result.code, 'INVALID_INPUT');
  }
  const space = articleText(BODY).indexOf(' ');
  const blank = await s.core.dispatch('highlights.create', { articleId: id, color: 'yellow', start: space, end: space + 1 });
  assert.match(blank.ok ? '' : blank.message, /whitespace/);
  const stale = await s.core.dispatch('highlights.create', { articleId: id, color: 'yellow', ...offsetsOf(BODY, 'past the mill'), quote: 'past the milk' });
  assert.match(stale.ok ? '' : stale.message, /not at those places/);
  assert.ok((await s.core.dispatch('highlights.create', { articleId: id, color: 'yellow', ...offsetsOf(BODY, 'past the mill'), quote: 'past the mill' })).ok);
  const color = await s.core.dispatchUntyped('highlights.create', { articleId: id, color: 'orange', start: 0, end: 3 });
  assert.equal(color.ok ? null : color.code, 'INVALID_INPUT');
  const missing = await s.core.dispatch('highlights.list', { articleId: 'a0000000-0000-0000-0000-000000000000' });
  assert.equal(missing.ok ? null : missing.code, 'NOT_FOUND');
  await s.core.close();
});

test('after the body changes, highlights follow their words, the moved position is stored, and lost ones come back orphaned', async () => {
  const s = await setup();
  const id = await addArticle(s);
  const river = await s.call<AnchoredHighlight>('highlights.create', { articleId: id, ...offsetsOf(BODY, 'nobody was in a hurry'), color: 'yellow' });
  const market = await s.call<AnchoredHighlight>('highlights.create', { articleId: id, ...offsetsOf(BODY, 'the market filled with voices'), color: 'blue' });
  const dog = await s.call<AnchoredHighlight>('highlights.create', {
    articleId: id,
    ...offsetsOf(BODY, 'A dog barked twice at the gate'),
    color: 'pink',
    note: 'The dog paragraph.',
    tags: ['animals'],
  });

  // A new paragraph at the top shifts everything; "the market" gets a word changed inside it; the
  // dog paragraph is gone entirely.
  const edited =
    '<h2>A quiet morning</h2><p>An editor added this opening paragraph, which pushes every later word along.</p>' +
    '<p>The river ran slowly past the mill, and nobody was in a hurry to be anywhere.</p>' +
    '<p>By noon the light had changed and the <em>market</em> filed with voices.</p><p>Evening came without a sound.</p>';
  await writeBody(s.dir, id, edited);
  const text = articleText(edited);
  const listed = await s.call<AnchoredHighlight[]>('highlights.list', { articleId: id });
  assert.deepEqual(listed.map((h) => h.id), [river.id, market.id, dog.id], 'orphans come last');

  const [movedRiver, movedMarket, lost] = listed as [AnchoredHighlight, AnchoredHighlight, AnchoredHighlight];
  assert.equal(text.slice(movedRiver.start ?? 0, movedRiver.end ?? 0), 'nobody was in a hurry');
  assert.ok((movedRiver.start ?? 0) > (river.start ?? 0));
  assert.equal(text.slice(movedMarket.start ?? 0, movedMarket.end ?? 0), 'the market filed with voices');
  assert.equal(movedMarket.selectors[0].exact, 'the market filled with voices', 'the quote keeps the original words');
  assert.deepEqual(lost, { ...dog, start: null, end: null, orphaned: true }, 'an orphan keeps quote, note and old position');

  // The new places were written down: a fresh core finds them by position at once.
  await s.core.close();
  const again = await setup(s.dir);
  const relisted = await again.call<AnchoredHighlight[]>('highlights.list', { articleId: id });
  assert.deepEqual(relisted[0]?.selectors[1], { type: 'TextPositionSelector', start: movedRiver.start, end: movedRiver.end });
  assert.equal(relisted[2]?.orphaned, true);
  await again.core.close();
});

test('update changes color, note and tags; delete hides a highlight until undo brings it back exactly', async () => {
  const s = await setup();
  const id = await addArticle(s);
  const created = await s.call<AnchoredHighlight>('highlights.create', { articleId: id, ...offsetsOf(BODY, 'past the mill'), color: 'yellow' });
  const updated = await s.call<Highlight>('highlights.update', { id: created.id, color: 'purple', note: 'Mills!', tags: ['places'] });
  assert.equal(updated.color, 'purple');
  assert.equal(updated.note, 'Mills!');
  assert.deepEqual(updated.tags, ['places']);
  assert.deepEqual(updated.selectors, created.selectors);
  assert.ok(updated.updatedAt >= created.updatedAt);

  const deleted = await s.call<{ id: string; undoUntil: string }>('highlights.delete', { id: created.id });
  assert.ok(Date.parse(deleted.undoUntil) > Date.now());
  assert.deepEqual(await s.call('highlights.list', { articleId: id }), []);
  const twice = await s.core.dispatch('highlights.delete', { id: created.id });
  assert.equal(twice.ok ? null : twice.code, 'NOT_FOUND');
  const editDeleted = await s.core.dispatch('highlights.update', { id: created.id, color: 'blue' });
  assert.equal(editDeleted.ok ? null : editDeleted.code, 'NOT_FOUND');

  const restored = await s.call<AnchoredHighlight>('highlights.undoDelete', { id: created.id });
  assert.deepEqual(restored, { ...updated, start: created.start, end: created.end, orphaned: false });
  assert.deepEqual(await s.call('highlights.list', { articleId: id }), [restored]);
  assert.deepEqual(s.events.filter((e) => e.name === 'library.changed').slice(-2).map((e) => e.payload), [{ ids: [id] }, { ids: [id] }]);
  await s.core.close();
});

test('a deleted highlight is gone for good once its undo window has passed', async () => {
  const s = await setup();
  const id = await addArticle(s);
  const first = await s.call<AnchoredHighlight>('highlights.create', { articleId: id, ...offsetsOf(BODY, 'past the mill'), color: 'yellow' });
  const second = await s.call<AnchoredHighlight>('highlights.create', { articleId: id, ...offsetsOf(BODY, 'Evening came'), color: 'yellow' });
  await s.call('highlights.delete', { id: first.id });
  await new Promise((resolve) => setTimeout(resolve, 80));
  // The next delete sweeps expired ones.
  await s.call('highlights.delete', { id: second.id });
  const late = await s.core.dispatch('highlights.undoDelete', { id: first.id });
  assert.equal(late.ok ? null : late.code, 'NOT_FOUND');
  assert.ok((await s.core.dispatch('highlights.undoDelete', { id: second.id })).ok);
  await s.core.close();
});

test('the notebook lists highlights and notes across live articles; a deleted article drops out', async () => {
  const s = await setup();
  const first = await addArticle(s);
  const second = await addArticle(s);
  await s.call('notes.save', { id: first, note: 'Mills and rivers.' });
  await s.call('highlights.create', { articleId: first, ...offsetsOf(BODY, 'past the mill'), color: 'yellow', tags: ['places'] });
  await s.call('highlights.create', { articleId: second, ...offsetsOf(BODY, 'Evening came'), color: 'blue' });

  const all = await s.call<NotebookPage>('notebook.list', { offset: 0, limit: 50, sort: 'article' });
  assert.equal(all.total, 3);
  assert.deepEqual(all.items.map((item) => item.kind).sort(), ['highlight', 'highlight', 'note']);
  assert.ok(all.items.every((item) => item.articleTitle === 'The mill'));
  const tagged = await s.call<NotebookPage>('notebook.list', { offset: 0, limit: 50, sort: 'newest', tag: 'places' });
  assert.deepEqual(tagged.items.map((item) => (item.kind === 'highlight' ? item.quote : item.note)), ['past the mill']);
  const bad = await s.core.dispatchUntyped('notebook.list', { offset: 0, limit: 50, sort: 'oldest' });
  assert.equal(bad.ok ? null : bad.code, 'INVALID_INPUT');

  await s.call('articles.delete', { id: second });
  const afterDelete = await s.call<NotebookPage>('notebook.list', { offset: 0, limit: 50, sort: 'newest' });
  assert.deepEqual(afterDelete.items.map((item) => item.articleId), [first, first]);
  await s.core.close();
});

test('backups include highlights.json', async () => {
  const s = await setup();
  const id = await addArticle(s);
  await s.call('highlights.create', { articleId: id, ...offsetsOf(BODY, 'past the mill'), color: 'yellow' });
  await s.core.close();
  const backup = await createBackup(s.dir);
  const copied = JSON.parse(await readFile(join(s.dir, 'backups', backup?.id ?? '', 'highlights.json'), 'utf8'));
  assert.equal(copied.highlights[id].length, 1);
});

test('a damaged highlights.json is reported with the restore offer and never overwritten', async () => {
  const s = await setup();
  const id = await addArticle(s);
  await s.core.close();
  await writeFile(join(s.dir, 'highlights.json'), '{"schemaVersion":1,"highlights":{"x":[');
  const again = await setup(s.dir);
  const listed = await again.core.dispatch('highlights.list', { articleId: id });
  assert.equal(listed.ok ? null : listed.code, 'DATABASE_CORRUPT');
  assert.match(listed.ok ? '' : listed.message, /highlights\.json is damaged/);
  const created = await again.core.dispatch('highlights.create', { articleId: id, ...offsetsOf(BODY, 'past the mill'), color: 'yellow' });
  assert.equal(created.ok ? null : created.code, 'DATABASE_CORRUPT');
  // Highlights are the reader's own writing, like notes: the library waits for a restore rather than run without them.
  const status = await again.core.dispatch('library.status', {});
  assert.equal(status.ok && (status.value as { state: string }).state, 'corrupt');
  await again.core.close();
  assert.equal(await readFile(join(s.dir, 'highlights.json'), 'utf8'), '{"schemaVersion":1,"highlights":{"x":[');
});
