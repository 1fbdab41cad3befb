import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { articleText } from '../../annotations/article-text.ts';
import { HighlightService } from '../../annotations/highlight-service.ts';
import { HighlightStore } from '../../annotations/highlight-store.ts';
import { startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { libraryWith, linkRecord, queueFor, sendPage, storyPage } from './testing/download-fixture.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('highlights an import gave a link wait unplaced, and are placed by their quote once the text is downloaded', async () => {
  server.route('/heron', (_req, res) => sendPage(res, storyPage('The heron', 'The heron waited by the cold water for an hour.')));
  const record = linkRecord(server.url('/heron'));
  const { library, dataDir, events } = await libraryWith([record]);
  const store = new HighlightStore(dataDir);
  await store.load();
  const highlights = new HighlightService({ library, store, emit: () => {}, undoWindowMs: 1000 });
  const quote = 'waited by the cold water';
  // As an import stores a quote-only highlight (migration/place-highlights.ts): the quote, and no place yet.
  await store.addMany([
    {
      id: 'h1',
      articleId: record.id,
      color: 'green',
      note: 'Patience',
      tags: [],
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }],
      createdAt: '2019-05-01T00:00:00.000Z',
      updatedAt: '2019-05-01T00:00:00.000Z',
      deletedAt: null,
    },
  ]);

  const waiting = await highlights.list(record.id);
  assert.deepEqual(waiting.map((h) => [h.id, h.orphaned, h.start]), [['h1', true, null]], 'listed, not placed, and no error for a missing body');

  const queue = await queueFor(library, dataDir, events);
  assert.equal((await queue.runUntilIdle()).done, 1);

  const [placed] = await highlights.list(record.id);
  assert.ok(placed && !placed.orphaned && placed.start !== null && placed.end !== null);
  const text = articleText(await library.files.readBody(record.id));
  assert.equal(text.slice(placed.start, placed.end), quote);
  assert.ok(placed.start > 0);
  assert.deepEqual([placed.note, placed.color], ['Patience', 'green']);
  assert.deepEqual(store.get('h1')?.selectors[1], { type: 'TextPositionSelector', start: placed.start, end: placed.end }, 'the place is remembered');
  await store.flush();
});
