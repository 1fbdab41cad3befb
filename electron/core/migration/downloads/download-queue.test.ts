import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { downloadEvents, libraryWith, linkRecord, queueFor, requestHost, sendPage, storyPage } from './testing/download-fixture.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** Pages that answer only when the test lets them (then after delayMs), counting the requests each host has open. */
function gatedPages(prefix: string, count: number, delayMs = 0) {
  const open = new Map<string, number>();
  const most = new Map<string, number>();
  let inFlight = 0;
  let mostInFlight = 0;
  let release = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  let arrived: (() => void) | null = null;
  for (let n = 1; n <= count; n++) {
    server.route(`/${prefix}/${n}`, async (req, res) => {
      const host = requestHost(req);
      open.set(host, (open.get(host) ?? 0) + 1);
      most.set(host, Math.max(most.get(host) ?? 0, open.get(host)!));
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      arrived?.();
      await gate;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      open.set(host, open.get(host)! - 1);
      inFlight--;
      sendPage(res, storyPage(`Story ${prefix} ${n}`));
    });
  }
  return {
    most,
    mostInFlight: () => mostInFlight,
    inFlight: () => inFlight,
    /** Resolves once `n` requests are waiting at the gate. */
    waitFor: async (n: number) => {
      while (inFlight < n) await new Promise<void>((resolve) => (arrived = resolve));
    },
    /** Lets every waiting request (and each later one) through. */
    open: () => {
      release();
      gate = Promise.resolve();
    },
    /** Holds later requests again. */
    close: () => {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
  };
}

const link = (host: string, path: string) => `http://${host}:${new URL(server.origin).port}${path}`;

test('never more than two downloads from one host, four in all, and every link becomes a full article in place', async () => {
  const pages = gatedPages('limits', 11, 40);
  const urls = [1, 2, 3, 4, 5, 6].map((n) => link('busy.test', `/limits/${n}`));
  urls.push(...[7, 8, 9].map((n) => link('other.test', `/limits/${n}`)), ...[10, 11].map((n) => link('third.test', `/limits/${n}`)));
  const records = urls.map((url) => linkRecord(url));
  const { library, dataDir, events } = await libraryWith(records);
  const queue = await queueFor(library, dataDir, events);
  queue.start();
  await pages.waitFor(4);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(pages.inFlight(), 4, 'a fifth waits although two hosts have more links');
  assert.deepEqual({ ...queue.status(), perMinute: null }, { queued: 7, active: 4, failed: 0, done: 0, paused: false, perMinute: null, secondsLeft: null });
  // From here each page takes 40 ms: once the other hosts are done, only the busy host's limit holds it back.
  pages.open();
  const final = await queue.runUntilIdle();

  assert.equal(pages.most.get('busy.test'), 2, 'two at once from the busy host, never more');
  assert.ok(pages.most.get('other.test')! <= 2 && pages.most.get('third.test')! <= 2);
  assert.equal(pages.mostInFlight(), 4, 'four at once in all');
  assert.deepEqual({ ...final, perMinute: null }, { queued: 0, active: 0, failed: 0, done: 11, paused: false, perMinute: null, secondsLeft: 0 });
  for (const [index, record] of records.entries()) {
    const article = library.get(record.id);
    assert.equal(article.download, undefined);
    assert.equal(article.title, `Story limits ${index + 1}`, 'a title that was only the address is replaced');
    assert.equal(article.byline, 'Ada Fixture');
    assert.ok(article.wordCount > 100 && article.readingMinutes >= 1);
    assert.deepEqual([article.tags, article.archived, article.favorite, article.savedAt], [['later'], true, true, '2019-04-02T08:00:00.000Z']);
    assert.equal(article.source.value, record.source.value);
    assert.match(await library.files.readText(record.id), new RegExp(`Story limits ${index + 1}`));
  }
  const changed = events.flatMap((event) => (event.name === 'library.changed' ? event.payload.ids : []));
  assert.deepEqual(new Set(changed), new Set(records.map((record) => record.id)), 'library.changed for each article filled in');
  assert.equal(downloadEvents(events).at(-1)?.done, 11);
  await library.flush();
  const stored = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).articles;
  assert.ok(stored.every((record: { download?: unknown; wordCount: number }) => record.download === undefined && record.wordCount > 0));
});

test('pause stops new starts (those under way finish), is remembered, and resume carries on', async () => {
  const pages = gatedPages('pause', 5);
  const records = [1, 2, 3, 4, 5].map((n) => linkRecord(link('slow.test', `/pause/${n}`)));
  const { library, dataDir, events } = await libraryWith(records);
  const queue = await queueFor(library, dataDir, events);
  queue.start();
  await pages.waitFor(2);
  const paused = await queue.pause();
  assert.equal(paused.paused, true);
  assert.equal(paused.secondsLeft, null);
  assert.deepEqual(JSON.parse(await readFile(join(dataDir, 'downloads.json'), 'utf8')).paused, true);
  pages.open();
  const held = await queue.runUntilIdle();
  assert.deepEqual([held.done, held.queued, held.active, held.paused], [2, 3, 0, true]);
  assert.equal(server.hits.get('/pause/3'), undefined, 'nothing new started while paused');
  assert.equal(downloadEvents(events).at(-1)?.paused, true);

  const resumed = await queue.resume();
  assert.equal(resumed.paused, false);
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.done, final.queued, final.paused], [5, 0, false]);
  assert.ok(records.every((record) => library.get(record.id).download === undefined));
  assert.deepEqual(JSON.parse(await readFile(join(dataDir, 'downloads.json'), 'utf8')).paused, false);
});

test('a new queue over the same library picks up what was still queued, and a paused one stays paused', async () => {
  const pages = gatedPages('restart', 4);
  const records = [1, 2, 3, 4].map((n) => linkRecord(link('again.test', `/restart/${n}`)));
  const first = await libraryWith(records);
  const before = await queueFor(first.library, first.dataDir, first.events);
  before.start();
  await pages.waitFor(2);
  await before.pause();
  before.dispose(); // the app quits mid-download: those two are aborted and stay queued
  await first.library.close();
  pages.open();

  const second = await libraryWith([], first.dataDir);
  assert.deepEqual(records.map((record) => second.library.get(record.id).download?.state), ['queued', 'queued', 'queued', 'queued']);
  const queue = await queueFor(second.library, second.dataDir, second.events);
  const still = await queue.runUntilIdle();
  assert.deepEqual([still.paused, still.queued, still.done], [true, 4, 0], 'the pause survived the restart');
  await queue.resume();
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.queued, final.done, final.failed], [0, 4, 0]);
  assert.ok(records.every((record) => second.library.get(record.id).wordCount > 0));
  await second.library.close();
});

test('the app starts downloads on open only when asked to; enqueue adds links imported later', async () => {
  server.route('/later', (_req, res) => sendPage(res, storyPage('Imported later')));
  const { library, dataDir, events } = await libraryWith([]);
  const queue = await queueFor(library, dataDir, events);
  const record = linkRecord(link('late.test', '/later'), { title: 'Kept title' });
  await library.addRecords([record]);
  queue.enqueue([record.id]);
  assert.equal(server.hits.get('/later'), undefined, 'not started: nothing is fetched (the CLI on open)');
  const final = await queue.runUntilIdle();
  assert.equal(final.done, 1);
  assert.equal(library.get(record.id).title, 'Kept title', 'a real imported title is kept');
  assert.equal(server.hits.get('/later'), 1);
});
