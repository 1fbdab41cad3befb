import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LecternEvent } from '../../shared/events.ts';
import { HighlightStore } from '../annotations/highlight-store.ts';
import { importPlainTextContent } from '../importers/text-importer.ts';
import { Library } from '../library/library.ts';
import { normalizeTags } from '../../shared/tags.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { makePng } from '../capture/testing/tiny-images.ts';
import { emptyItem, type FormatReader, type ImportEntry, type ImportItem } from './import-item.ts';
import { readPlan } from './import-plan.ts';
import { writePlan, type ImportTarget } from './import-writer.ts';
import { memoryBundle } from './sources/import-bundle.ts';
import { undoImport } from './undo-import.ts';

const PROSE = 'The river ran slowly past the mill, and nobody was in a hurry to be anywhere at all that morning.';

function readerOf(entries: ImportEntry[]): FormatReader {
  return {
    format: 'pocket',
    label: 'Test export',
    detect: async () => true,
    async *read() {
      yield* entries;
    },
  };
}

const item = (fields: Partial<ImportItem>): ImportEntry => ({ kind: 'item', item: { ...emptyItem(fields.where ?? 'test'), ...fields } });

async function setUp() {
  const dataDir = await tempDir();
  const library = new Library(dataDir, { progressFlushMs: 5 });
  await library.open();
  const highlights = new HighlightStore(dataDir);
  await highlights.load();
  const events: LecternEvent[] = [];
  const target: ImportTarget = {
    library,
    highlights,
    tagSpeller: () => normalizeTags,
    emit: (name, payload) => events.push({ name, payload } as LecternEvent),
  };
  return { library, highlights, target, events };
}

test('links arrive at once as articles not downloaded yet, with tags, state, date, progress and a highlight waiting for the text', async () => {
  const { library, highlights, target } = await setUp();
  const plan = await readPlan(
    readerOf([
      item({ where: 'line 2', url: 'https://example.com/a', title: 'Rivers', tags: ['maps', 'Maps', 'travel'], archived: true, savedAt: '2021-03-04T05:06:07.000Z', progress: 0.4, highlights: [{ quote: 'slowly past', note: 'nice', tags: [], color: null, createdAt: null }] }),
      item({ where: 'line 3', url: 'https://example.com/b', favorite: true }),
    ]),
    memoryBundle('x.csv', { 'x.csv': '' }),
  );
  const journal = await writePlan(plan, target, 'import-1', { fetch: true, sourceName: 'x.csv' });
  assert.equal(journal.added.length, 2);
  assert.deepEqual(journal.links, journal.added);
  const rivers = library.get(journal.added[0] as string);
  assert.equal(rivers.title, 'Rivers');
  assert.deepEqual(rivers.tags, ['maps', 'travel']);
  assert.equal(rivers.archived, true);
  assert.equal(rivers.savedAt, '2021-03-04T05:06:07.000Z');
  assert.equal(rivers.progress?.fraction, 0.4);
  assert.deepEqual(rivers.download, { state: 'queued', attempts: 0, error: null });
  const second = library.get(journal.added[1] as string);
  assert.equal(second.title, 'https://example.com/b');
  assert.equal(second.siteName, 'example.com');
  assert.equal(second.favorite, true);
  assert.equal(journal.highlightsWaiting, 1);
  const [waiting] = highlights.forArticle(rivers.id);
  assert.equal(waiting?.selectors[0].exact, 'slowly past');
  assert.equal(waiting?.note, 'nice');
});

test('an item with its text is stored readable at once, and its quote-only highlights are placed in that text', async () => {
  const { library, highlights, target } = await setUp();
  const quote = 'nobody was in a   hurry';
  const plan = await readPlan(
    readerOf([item({ url: 'https://example.com/mill', title: 'The mill', content: { kind: 'html', text: `<p>${PROSE}</p><p>${PROSE}</p>` }, highlights: [{ quote, note: '', tags: ['calm'], color: 'green', createdAt: '2020-01-01T00:00:00.000Z' }] })]),
    memoryBundle('x.json', { 'x.json': '' }),
  );
  const journal = await writePlan(plan, target, 'import-2', { fetch: true, sourceName: 'x.json' });
  assert.equal(journal.links.length, 0);
  const id = journal.added[0] as string;
  const article = library.get(id);
  assert.equal(article.download, undefined);
  assert.ok(article.wordCount > 30);
  assert.match(await library.files.readBody(id), /nobody was in a hurry/);
  const [placed] = highlights.forArticle(id);
  assert.equal(placed?.selectors[0].exact, 'nobody was in a hurry');
  assert.ok((placed?.selectors[1].end ?? 0) > 0);
  assert.equal(placed?.color, 'green');
  assert.equal(journal.highlightsWaiting, 0);
});

test('the same link twice in the file is one article; one already in the library is enriched, not added again', async () => {
  const { library, target } = await setUp();
  const existing = await library.add(importPlainTextContent(PROSE, { title: 'Known' }), { kind: 'url', value: 'http://www.example.com/known/' });
  const plan = await readPlan(
    readerOf([
      item({ url: 'https://example.com/known?utm_source=feed#top', tags: ['old'], savedAt: '2019-01-01T00:00:00.000Z' }),
      item({ url: 'https://example.com/new', tags: ['a'] }),
      item({ url: 'https://EXAMPLE.com/new/', tags: ['b'], savedAt: '2018-05-05T00:00:00.000Z' }),
      item({ url: null, title: 'known', highlights: [{ quote: 'past the mill', note: '', tags: [], color: null, createdAt: null }] }),
    ]),
    memoryBundle('x.csv', { 'x.csv': '' }),
  );
  assert.equal(plan.duplicatesInFile, 1);
  const journal = await writePlan(plan, target, 'import-3', { fetch: false, sourceName: 'x.csv' });
  assert.equal(journal.added.length, 1);
  const added = library.get(journal.added[0] as string);
  assert.deepEqual(added.tags, ['a', 'b']);
  assert.equal(added.savedAt, '2018-05-05T00:00:00.000Z');
  assert.equal(added.download?.state, 'held');
  const known = library.get(existing.id);
  assert.deepEqual(known.tags, ['old']);
  assert.equal(known.savedAt, '2019-01-01T00:00:00.000Z');
  assert.equal(known.title, 'Known');
  assert.equal(journal.enriched.length, 1);
  assert.equal(journal.highlights.length, 1, 'the title-only highlight joined the article by its title');
});

test('undo takes the whole import back, and is refused once an imported article was changed', async () => {
  const { library, highlights, target } = await setUp();
  const existing = await library.add(importPlainTextContent(PROSE, { title: 'Known' }), { kind: 'url', value: 'https://example.com/known' });
  const entries = [item({ url: 'https://example.com/known', tags: ['extra'], highlights: [{ quote: 'the mill', note: '', tags: [], color: null, createdAt: null }] }), item({ url: 'https://example.com/x' })];
  const journal = await writePlan(await readPlan(readerOf(entries), memoryBundle('x', { x: '' })), target, 'i', { fetch: true, sourceName: 'x' });
  assert.equal(await undoImport(journal, target), 1);
  assert.equal(library.articleCount, 1);
  assert.deepEqual(library.get(existing.id).tags, []);
  assert.equal(highlights.forArticle(existing.id).length, 0);

  const again = await writePlan(await readPlan(readerOf(entries), memoryBundle('x', { x: '' })), target, 'j', { fetch: true, sourceName: 'x' });
  await library.update(again.added[0] as string, { favorite: true });
  await assert.rejects(undoImport(again, target), /cannot be undone/);
  assert.equal(library.articleCount, 2);
});

test('importing the same file twice adds nothing the second time', async () => {
  const { library, highlights, target } = await setUp();
  const entries = [item({ url: 'https://example.com/mill', content: { kind: 'text', text: `${PROSE}\n\n${PROSE}` }, highlights: [{ quote: 'the mill', note: '', tags: [], color: null, createdAt: null }] })];
  await writePlan(await readPlan(readerOf(entries), memoryBundle('x', { x: '' })), target, 'a', { fetch: true, sourceName: 'x' });
  const second = await writePlan(await readPlan(readerOf(entries), memoryBundle('x', { x: '' })), target, 'b', { fetch: true, sourceName: 'x' });
  assert.equal(second.added.length, 0);
  assert.equal(second.highlights.length, 0);
  assert.equal(library.articleCount, 1);
  assert.equal(highlights.all().length, 1);
});

test('pictures the export holds are stored with the article; pictures on the web wait as quiet markers for the download queue', async () => {
  const { library, target } = await setUp();
  const png = makePng(60, 40);
  const html = `<p>${PROSE}</p><figure><img src="./_resources/x.png" alt="A mill" width="600" height="400"></figure><p>${PROSE}</p><img src="https://elsewhere.example/y.jpg" alt="Weir" width="600" height="400">`;
  const resources = new Map([['./_resources/x.png', async () => png]]);
  const plan = await readPlan(readerOf([item({ url: 'https://example.com/with-pictures', title: 'Pictures', content: { kind: 'html', text: html, resources } })]), memoryBundle('x', { x: '' }));
  const journal = await writePlan(plan, target, 'p', { fetch: true, sourceName: 'x' });
  const id = journal.added[0] as string;
  const body = await library.files.readBody(id);
  assert.match(body, new RegExp(`src="/articles/${id}/assets/[^"]+\\.png"`));
  assert.doesNotMatch(body, /src="https?:|srcset=|_resources/, 'no address the reader could load');
  assert.match(body, /class="image-missing"[^>]*>Image not downloaded yet: Weir</);
  assert.deepEqual(library.get(id).download, { state: 'queued', attempts: 0, error: null, imagesOnly: true });
  assert.deepEqual([journal.images, journal.links], [[id], []]);
});
