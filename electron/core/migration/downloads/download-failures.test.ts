import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { ErrorCode } from '../../../shared/errors.ts';
import { startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { downloadEvents, libraryWith, linkRecord, queueFor, sendPage, storyPage } from './testing/download-fixture.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('a passing failure (a 500) is tried again after a wait, then the article is filled in', async () => {
  let calls = 0;
  server.route('/flaky', (_req, res) => (++calls === 1 ? sendPage(res, '<h1>Oops</h1>', 500) : sendPage(res, storyPage('Second time lucky'))));
  const record = linkRecord(server.url('/flaky'));
  const { library, dataDir, events } = await libraryWith([record]);
  const queue = await queueFor(library, dataDir, events, { retryDelaysMs: [30] });
  const started = Date.now();
  const final = await queue.runUntilIdle();
  assert.equal(calls, 2);
  assert.ok(Date.now() - started >= 30, 'the second try waited');
  assert.deepEqual([final.done, final.failed, final.queued], [1, 0, 0]);
  const article = library.get(record.id);
  assert.equal(article.download, undefined);
  assert.equal(article.title, 'Second time lucky');
});

test('passing failures that never clear use up the tries, then the article is marked failed, saying so', async () => {
  const record = linkRecord(server.url('/500'));
  const { library, dataDir, events } = await libraryWith([record]);
  const queue = await queueFor(library, dataDir, events, { retryDelaysMs: [10, 10] });
  const final = await queue.runUntilIdle();
  assert.equal(server.hits.get('/500'), 3, 'one try and two retries');
  assert.deepEqual([final.done, final.failed, final.queued], [0, 1, 0]);
  assert.deepEqual(library.get(record.id).download, {
    state: 'failed',
    attempts: 3,
    error: { code: ErrorCode.serverError, message: '127.0.0.1 had a problem answering (error 500). Lectern tried 3 times; press Retry to try again.' },
  });
  assert.equal(downloadEvents(events).at(-1)?.failed, 1);
});

test('permanent failures are not retried: the article is marked failed with the reason, and keeps nothing on disk', async () => {
  const gone = linkRecord(server.url('/404'));
  const removed = linkRecord(server.url('/410'));
  const pdf = linkRecord(server.url('/pdf'));
  const { library, dataDir, events } = await libraryWith([gone, removed, pdf]);
  const queue = await queueFor(library, dataDir, events);
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.failed, final.done], [3, 0]);
  assert.deepEqual([server.hits.get('/404'), server.hits.get('/410'), server.hits.get('/pdf')], [1, 1, 1]);
  const failure = (id: string) => library.get(id).download;
  assert.equal(failure(gone.id)?.state, 'failed');
  assert.equal(failure(gone.id)?.attempts, 1);
  assert.equal(failure(gone.id)?.error?.code, ErrorCode.pageGone);
  assert.match(failure(gone.id)?.error?.message ?? '', /has no page at this address \(404\)/);
  assert.match(failure(removed.id)?.error?.message ?? '', /removed for good \(410\)/);
  assert.equal(failure(pdf.id)?.error?.code, ErrorCode.unsupportedContent);
  const article = library.get(gone.id);
  assert.deepEqual([article.tags, article.archived, article.wordCount], [['later'], true, 0], 'the record is otherwise untouched');
  assert.deepEqual(await readdir(library.files.root).catch(() => []), [], 'no folder for an article without text');
});

test('an address on this computer is refused when private addresses are not allowed, without retrying', async () => {
  const record = linkRecord(server.url('/simple'));
  const { library, dataDir, events } = await libraryWith([record]);
  const queue = await queueFor(library, dataDir, events, { capture: {} });
  await queue.runUntilIdle();
  assert.equal(server.hits.get('/simple'), undefined);
  assert.equal(library.get(record.id).download?.error?.code, ErrorCode.blockedAddress);
});

test('retry puts failed articles back in the queue, and named held ones too', async () => {
  let alive = false;
  server.route('/revived', (_req, res) => (alive ? sendPage(res, storyPage('Back online')) : sendPage(res, '<h1>Gone</h1>', 404)));
  server.route('/held', (_req, res) => sendPage(res, storyPage('Held back')));
  const failing = linkRecord(server.url('/revived'));
  const held = linkRecord(server.url('/held'), { download: { state: 'held', attempts: 0, error: null } });
  const { library, dataDir, events } = await libraryWith([failing, held]);
  const queue = await queueFor(library, dataDir, events);
  await queue.runUntilIdle();
  assert.equal(library.get(failing.id).download?.state, 'failed');
  assert.equal(server.hits.get('/held'), undefined, 'a held link waits until asked for');

  alive = true;
  const retried = await queue.retry();
  assert.equal(retried.failed, 0);
  assert.equal(library.get(held.id).download?.state, 'held', 'retrying every failed one leaves held ones alone');
  await queue.retry([held.id]);
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.failed, final.queued, final.done], [0, 0, 2]);
  assert.equal(library.get(failing.id).title, 'Back online');
  assert.equal(library.get(held.id).title, 'Held back');
});
