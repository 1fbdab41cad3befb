import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticlePage } from '../../shared/models.ts';
import { articleText } from '../annotations/article-text.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

type Core = Awaited<ReturnType<typeof createCore>>;

const RIVER = 'A quiet morning\n\nThe river ran slowly past the old mill, and nobody was in a hurry.\n\nBy noon the light had changed over the water.';
const BEES = 'Keeping bees\n\nA hive needs a dry place, shelter from wind, and a beekeeper who visits on calm days.';

async function openCore(dataDir: string): Promise<Core> {
  return createCore({ dataDir, rendererDir: '', owner: 'a test', undoWindowMs: 60_000 });
}

async function ready(core: Core): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const status = await core.dispatch('search.status', {});
    assert.ok(status.ok);
    if (status.value.state === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail('the search index never became ready');
}

async function add(core: Core, text: string): Promise<string> {
  const added = await core.dispatch('articles.importText', { text, format: 'text' });
  assert.ok(added.ok, JSON.stringify(added));
  return added.value.id;
}

async function search(core: Core, query: string, sort: 'relevance' | 'saved' = 'relevance'): Promise<ArticlePage> {
  const page = await core.dispatch('articles.list', { offset: 0, limit: 50, sort, filter: 'all', query });
  assert.ok(page.ok, JSON.stringify(page));
  return page.value;
}

const ids = (page: ArticlePage) => page.items.map((item) => item.id);

test('a body word is found, with a passage around it, its marks and its place in the article text', async () => {
  const dataDir = await tempDir();
  const core = await openCore(dataDir);
  const river = await add(core, RIVER);
  await add(core, BEES);
  await ready(core);
  const page = await search(core, 'mill');
  assert.deepEqual(ids(page), [river]);
  assert.equal(page.search?.status.state, 'ready');
  const match = page.items[0]!.match!;
  assert.equal(match.field, 'body');
  assert.ok(match.score > 0);
  assert.match(match.snippet, /old mill/);
  assert.deepEqual(match.marks.map((mark) => match.snippet.slice(mark.start, mark.end)), ['mill']);
  const text = articleText(await readFile(join(dataDir, 'articles', river, 'body.html'), 'utf8'));
  assert.equal(text.slice(match.bodyRange!.start, match.bodyRange!.end), 'mill');
  await core.close();
});

test('without a query the list is the library list; with one, the title ranks above the body', async () => {
  const core = await openCore(await tempDir());
  const inBody = await add(core, 'Other things\n\nThe bees were busy all summer long in the garden.');
  const inTitle = await add(core, BEES);
  await ready(core);
  const all = await search(core, '', 'saved');
  assert.equal(all.search, undefined);
  assert.equal(all.total, 2);
  const page = await search(core, 'bees');
  assert.deepEqual(ids(page), [inTitle, inBody]);
  assert.equal(page.items[0]!.match!.field, 'title');
  assert.equal(page.items[0]!.match!.bodyRange, null);
  await core.close();
});

test('every kind of change is seen by the next search', async () => {
  const core = await openCore(await tempDir());
  await ready(core);
  const id = await add(core, RIVER);
  assert.deepEqual(ids(await search(core, 'mill')), [id], 'a new article');

  assert.ok((await core.dispatch('articles.update', { id, patch: { title: 'Watermills of Kent' } })).ok);
  assert.deepEqual(ids(await search(core, 'watermills')), [id], 'a new title');
  assert.deepEqual(ids(await search(core, 'noon')), [id], 'the body is still there after the title changed');

  assert.ok((await core.dispatch('notes.save', { id, note: 'Ask grandmother about the miller.' })).ok);
  const noted = await search(core, 'grandmother');
  assert.deepEqual(ids(noted), [id], 'a note');
  assert.equal(noted.items[0]!.match!.field, 'note');

  const text = RIVER.split('\n\n')[1]!;
  const start = 'A quiet morning'.length;
  const created = await core.dispatch('highlights.create', { articleId: id, start: start, end: start + 9, color: 'yellow', note: 'lovely cadence' });
  assert.ok(created.ok, JSON.stringify(created) + text);
  const highlighted = await search(core, 'cadence');
  assert.deepEqual(ids(highlighted), [id], 'a highlight note');
  assert.equal(highlighted.items[0]!.match!.field, 'highlight');

  assert.ok((await core.dispatch('highlights.update', { id: created.value.id, note: 'gentle rhythm' })).ok);
  assert.deepEqual(ids(await search(core, 'cadence')), [], 'the old highlight note is gone');
  assert.deepEqual(ids(await search(core, 'rhythm')), [id], 'the new one is found');

  assert.ok((await core.dispatch('highlights.delete', { id: created.value.id })).ok);
  assert.deepEqual(ids(await search(core, 'rhythm')), [], 'a deleted highlight');

  assert.ok((await core.dispatch('articles.delete', { id })).ok);
  assert.deepEqual(ids(await search(core, 'mill')), [], 'a deleted article');
  assert.ok((await core.dispatch('articles.undoDelete', { id })).ok);
  assert.deepEqual(ids(await search(core, 'mill')), [id], 'an undone delete');
  await core.close();
});

test('a search looks in the archive too; the list filter and the query operators narrow the matches', async () => {
  const core = await openCore(await tempDir());
  const river = await add(core, RIVER);
  const bees = await add(core, `${BEES} The river nearby gives them water.`);
  await ready(core);
  assert.ok((await core.dispatch('articles.update', { id: bees, patch: { archived: true } })).ok);
  assert.deepEqual(ids(await search(core, 'river')).sort(), [river, bees].sort());
  const unread = await core.dispatch('articles.list', { offset: 0, limit: 50, sort: 'relevance', filter: 'unread', query: 'river' });
  assert.ok(unread.ok);
  assert.deepEqual(ids(unread.value), [river]);
  assert.deepEqual(ids(await search(core, 'river is:archived')), [bees]);
  assert.deepEqual(ids(await search(core, 'river -hive')), [river]);
  assert.deepEqual(ids(await search(core, '-hive')), [river], 'only an excluded word');
  const matching = await core.dispatch('articles.matchingIds', { filter: 'all', query: 'river' });
  assert.ok(matching.ok);
  assert.deepEqual(matching.value.ids.sort(), [river, bees].sort());
  await core.close();
});

test('a Chinese query finds a Chinese article', async () => {
  const core = await openCore(await tempDir());
  const id = await add(core, '搜索引擎\n\n全文检索是图书馆的重要功能，读者可以快速找到文章。');
  await ready(core);
  const page = await search(core, '检索');
  assert.deepEqual(ids(page), [id]);
  const match = page.items[0]!.match!;
  assert.deepEqual(match.marks.map((mark) => match.snippet.slice(mark.start, mark.end)), ['检索']);
  await core.close();
});

test('queries the engine might choke on get results or a clear message, never INTERNAL', async () => {
  const core = await openCore(await tempDir());
  await add(core, RIVER);
  await ready(core);
  for (const query of ['NEAR(', '*', '^', ':', '"unbalanced', 'AND OR NOT', 'title:', 'x'.repeat(10_000), 'river '.repeat(1500), '🙂 نهر', '-', '""']) {
    const page = await core.dispatch('articles.list', { offset: 0, limit: 50, sort: 'relevance', filter: 'all', query });
    assert.ok(page.ok || page.code === 'INVALID_INPUT', `${query.slice(0, 20)}: ${JSON.stringify(page)}`);
  }
  await core.close();
});

test('a damaged or deleted search.sqlite is rebuilt, and the library works meanwhile', async () => {
  const dataDir = await tempDir();
  let core = await openCore(dataDir);
  const id = await add(core, RIVER);
  await ready(core);
  await core.close();

  await writeFile(join(dataDir, 'search.sqlite'), 'this is not a database '.repeat(500));
  await rm(join(dataDir, 'search.sqlite-wal'), { force: true });
  core = await openCore(dataDir);
  const meanwhile = await search(core, 'quiet');
  assert.deepEqual(ids(meanwhile), [id], 'found by title while rebuilding, or by the index once rebuilt');
  await ready(core);
  assert.deepEqual(ids(await search(core, 'mill')), [id]);
  await core.close();

  await rm(join(dataDir, 'search.sqlite'));
  core = await openCore(dataDir);
  await ready(core);
  assert.deepEqual(ids(await search(core, 'mill')), [id]);
  await core.close();
});

test('relevance pages stay in rank order when the filter drops the best matches', async () => {
  const core = await openCore(await tempDir());
  const title = await add(core, 'Bees of the valley\n\nNothing else to say about this place at all.');
  const body = await add(core, 'Other things\n\nThe bees were busy all summer long in the garden.');
  const both = await add(core, 'Bees and more bees\n\nBees everywhere, bees in the garden, bees in the house.');
  await ready(core);
  const page = async (offset: number, filter: 'all' | 'unread') => {
    const result = await core.dispatch('articles.list', { offset, limit: 1, sort: 'relevance', filter, query: 'bees', typing: false });
    assert.ok(result.ok);
    return result.value;
  };
  const order = [0, 1, 2].map(async (offset) => ids(await page(offset, 'all'))[0]);
  const ranked = await Promise.all(order);
  assert.deepEqual(new Set(ranked), new Set([title, body, both]));
  assert.equal(ranked[2], body, 'the body-only match ranks last');
  assert.equal((await page(0, 'all')).total, 3);
  assert.ok((await core.dispatch('articles.update', { id: ranked[0]!, patch: { archived: true } })).ok);
  const unread = await page(0, 'unread');
  assert.deepEqual(ids(unread), [ranked[1]], 'the best unarchived match, though the index was asked for one');
  assert.equal(unread.total, 2);
  await core.close();
});

test('while the index is rebuilt, search says so and still finds titles; progress is reported until ready', async () => {
  const dataDir = await tempDir();
  let core = await openCore(dataDir);
  for (let i = 0; i < 120; i++) await add(core, `Ledger number ${i}\n\n${'Filler words for the body. '.repeat(20)} The hidden marker is quokka${i}.`);
  await core.close();
  await rm(join(dataDir, 'search.sqlite'));
  core = await openCore(dataDir);
  const progress: string[] = [];
  core.events.on((event) => {
    if (event.name === 'search.progress') progress.push(event.payload.state);
  });
  const meanwhile = await search(core, 'ledger');
  assert.equal(meanwhile.search?.status.state, 'building');
  assert.equal(meanwhile.total, 120, 'titles are matched the way the list filter matches them');
  await ready(core);
  assert.equal(ids(await search(core, 'quokka119')).length, 1, 'the body is searchable once built');
  assert.ok(progress.includes('building') && progress.at(-1) === 'ready', progress.join(' '));
  await core.close();
});

test('a ranked page counts every match and pages through them in rank order, deleted articles left out', async () => {
  const core = await openCore(await tempDir());
  const herons: string[] = [];
  for (let i = 0; i < 5; i++) herons.push(await add(core, `Notes ${i}\n\n${'The heron waited by the reeds. '.repeat(i + 1)}Nothing else moved.`));
  await add(core, BEES);
  await ready(core);
  const page = async (offset: number, limit: number, filter: 'all' | 'unread' = 'all') => {
    const result = await core.dispatch('articles.list', { offset, limit, sort: 'relevance', filter, query: 'heron', typing: false });
    assert.ok(result.ok, JSON.stringify(result));
    return result.value;
  };
  const pages = [await page(0, 2), await page(2, 2), await page(4, 2)];
  assert.deepEqual(pages.map((p) => p.total), [5, 5, 5], 'the total counts beyond the page');
  const order = pages.flatMap(ids);
  assert.deepEqual([...order].sort(), [...herons].sort(), 'every match once, across the pages');
  assert.deepEqual(order, ids(await page(0, 10)), 'the same order whatever the page size');
  assert.deepEqual(order, ids(await page(0, 10, 'unread')), 'the same order when the list filter is applied here');
  const scores = pages.flatMap((p) => p.items.map((item) => item.match!.score));
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  for (const item of pages.flatMap((p) => p.items)) {
    const marked = item.match!.marks.map((mark) => item.match!.snippet.slice(mark.start, mark.end).toLowerCase());
    assert.ok(marked.length > 0 && marked.every((word) => word === 'heron'), `${item.match!.snippet}: ${marked.join(', ')}`);
  }

  // The last of them, so that the best are all still there and only the count can tell.
  assert.ok((await core.dispatch('articles.delete', { id: order[4]! })).ok);
  const afterDelete = await page(0, 2);
  assert.equal(afterDelete.total, 4, 'an article waiting for its purge is not counted');
  assert.deepEqual(ids(afterDelete), order.slice(0, 2));
  assert.deepEqual(ids(await page(2, 10)), order.slice(2, 4));
  assert.ok((await core.dispatch('articles.delete', { id: order[0]! })).ok);
  assert.deepEqual(ids(await page(0, 10)), order.slice(1, 4), 'nor shown, though it was the best');
  for (const id of [order[0]!, order[4]!]) assert.ok((await core.dispatch('articles.undoDelete', { id })).ok);
  const undone = await page(0, 2);
  assert.equal(undone.total, 5, 'counted again once the deletes are undone');
  assert.deepEqual(ids(undone), order.slice(0, 2));
  await core.close();
});
