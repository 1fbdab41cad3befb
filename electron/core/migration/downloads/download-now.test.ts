import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { libraryWith, linkRecord, queueFor, sendPage, storyPage } from './testing/download-fixture.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** Pages /prefix/1..count that answer once released, recording the order their requests arrived in. */
function orderedPages(prefix: string, count: number) {
  const arrived: number[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  for (let n = 1; n <= count; n++) {
    server.route(`/${prefix}/${n}`, async (_req, res) => {
      arrived.push(n);
      await gate;
      sendPage(res, storyPage(`Story ${prefix} ${n}`));
    });
  }
  const waitForArrivals = async (n: number) => {
    while (arrived.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { arrived, release: () => release(), waitForArrivals };
}

test('Download now on a queued article puts it first: it starts before the links queued ahead of it', async () => {
  const pages = orderedPages('front', 5);
  const records = [1, 2, 3, 4, 5].map((n) => linkRecord(server.url(`/front/${n}`)));
  const { library, dataDir, events } = await libraryWith(records);
  const queue = await queueFor(library, dataDir, events, { perHost: 1, concurrency: 1 });
  queue.start();
  await pages.waitForArrivals(1);
  const status = await queue.retry([records[3]!.id]);
  assert.deepEqual([status.queued, status.active], [4, 1], 'still queued, now first in line');
  pages.release();
  await queue.runUntilIdle();
  assert.deepEqual(pages.arrived, [1, 4, 2, 3, 5]);
  assert.ok(records.every((record) => library.get(record.id).download === undefined));
});

test('while downloads are paused, Download now fetches that one article and the queue stays paused', async () => {
  const pages = orderedPages('paused', 3);
  pages.release();
  const records = [1, 2, 3].map((n) => linkRecord(server.url(`/paused/${n}`)));
  const { library, dataDir, events } = await libraryWith(records);
  const queue = await queueFor(library, dataDir, events);
  await queue.pause();
  queue.start();
  await queue.retry([records[1]!.id]);
  const final = await queue.runUntilIdle();
  assert.deepEqual(pages.arrived, [2], 'only the article asked for');
  assert.deepEqual([final.paused, final.done, final.queued], [true, 1, 2]);
  assert.equal(library.get(records[1]!.id).download, undefined);
  assert.equal(library.get(records[0]!.id).download?.state, 'queued');
});

test('Download now on an article waiting out a failed try tries it again at once', async () => {
  let calls = 0;
  server.route('/waiting', (_req, res) => (++calls === 1 ? sendPage(res, '<h1>Busy</h1>', 503) : sendPage(res, storyPage('Second try'))));
  const record = linkRecord(server.url('/waiting'));
  const { library, dataDir, events } = await libraryWith([record]);
  const queue = await queueFor(library, dataDir, events, { retryDelaysMs: [60_000] });
  queue.start();
  while (calls < 1) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 20)); // the failure is recorded and its wait begins
  const started = Date.now();
  await queue.retry([record.id]);
  const final = await queue.runUntilIdle();
  assert.ok(Date.now() - started < 30_000, 'did not wait out the minute');
  assert.deepEqual([calls, final.done], [2, 1]);
  assert.equal(library.get(record.id).title, 'Second try');
});
