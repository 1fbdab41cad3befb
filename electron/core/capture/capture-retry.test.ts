// Links that could not be saved yet: kept as pending, retried with backoff (on a timer or on request),
// and never lost or duplicated when the pending list or the library cannot be written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ErrorCode } from '../../shared/errors.ts';
import { CaptureService } from './capture-service.ts';
import { librarySink } from './library-sink.ts';
import { RETRY_DELAYS_MS } from './pending/retry-schedule.ts';
import { TEST_CAPTURE, articleFolders, openLibrary, setupCapture } from './testing/capture-fixture.ts';
import { startTestServer, type TestServer } from './testing/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('a failed link is retried with backoff and becomes an article when the site is back', async () => {
  let failing = true;
  server.route('/flaky', (_req, res) => {
    if (failing) {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      return void res.end('<h1>Down for maintenance</h1>');
    }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html><head><title>Back again</title></head><body><article><h1>Back again</h1>' + '<p>The site is back and the story can be read offline now, with all of its words and pictures kept locally on this computer.</p>'.repeat(6) + '</article></body></html>');
  });
  const { library, service, advance, events } = await setupCapture();
  const [first] = await service.addUrls([server.url('/flaky')]);
  assert.ok(first && !first.ok && first.code === ErrorCode.serverError && first.pending);

  assert.deepEqual(await service.retryDue(), [], 'not due yet');
  advance(RETRY_DELAYS_MS[0]!);
  const [second] = await service.retryDue();
  assert.ok(second && !second.ok && second.pending);
  assert.equal(second.pending.attempts, 2);
  assert.equal(second.pending.id, first.pending.id, 'the same pending item, not a new one');
  assert.equal(Date.parse(second.pending.nextRetryAt!) - Date.parse(second.pending.lastTriedAt!), RETRY_DELAYS_MS[1]);

  await service.addUrls([server.url('/404')]);
  failing = false;
  // Back online: the network failure is retried at once; the missing page waits for the user.
  const outcomes = await service.retryWaiting();
  assert.equal(outcomes.length, 1);
  const [third] = outcomes;
  assert.ok(third?.ok);
  assert.deepEqual(service.listPending().map((item) => item.url), [server.url('/404')]);
  await service.remove(service.listPending()[0]!.id);
  assert.equal(library.articleCount, 1);
  assert.equal(service.listPending().length, 0);
  assert.ok(events.some((e) => e.name === 'library.changed'), 'the library tells front ends about a saved link');
});

test('pending items can be removed', async () => {
  const { service } = await setupCapture();
  const [failed] = await service.addUrls([server.url('/404')]);
  assert.ok(failed && !failed.ok && failed.pending);
  assert.deepEqual(await service.remove(failed.pending.id), { removed: true });
  assert.deepEqual(await service.remove(failed.pending.id), { removed: false });
  await assert.rejects(service.retry({ id: failed.pending.id }), { code: ErrorCode.notFound });
});

test('the pending list survives a restart', async () => {
  const { dataDir, service, library } = await setupCapture();
  await service.addUrls([server.url('/500')]);
  const reopened = new CaptureService({ sink: librarySink(library), dataDir, autoRetry: false });
  await reopened.open();
  assert.deepEqual(reopened.listPending().map((p) => p.url), [server.url('/500')]);
});

test('retries run on their own when due', async () => {
  let calls = 0;
  server.route('/auto', (_req, res) => {
    calls++;
    res.writeHead(calls === 1 ? 502 : 200, { 'Content-Type': 'text/html' });
    res.end('<html><head><title>Auto</title></head><body><article><h1>Auto</h1>' + '<p>This article arrives on the second try, without anyone pressing a button, because the timer retried it on its own.</p>'.repeat(6) + '</article></body></html>');
  });
  const { dataDir, library } = await openLibrary();
  let clock = Date.now();
  const service = new CaptureService({
    sink: librarySink(library),
    dataDir,
    capture: TEST_CAPTURE,
    // The first retry is "due" a minute from now; a clock that jumps ahead makes the timer's 1 s minimum the wait.
    now: () => clock,
    random: () => 0,
  });
  await service.open();
  await service.addUrls([server.url('/auto')]);
  clock += RETRY_DELAYS_MS[0]!;
  service.dispose();
  const restarted = new CaptureService({ sink: librarySink(library), dataDir, capture: TEST_CAPTURE, now: () => clock });
  const saved = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (library.articleCount === 1 && restarted.listPending().length === 0) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
  await restarted.open();
  await saved;
  restarted.dispose();
  assert.equal(calls, 2);
  assert.equal(restarted.listPending().length, 0);
});

test('a saved article keeps its files even when the pending list cannot be updated', async () => {
  let failing = true;
  server.route('/recovering', (_req, res) => {
    res.writeHead(failing ? 503 : 200, { 'Content-Type': 'text/html' });
    res.end(failing ? '<h1>Down</h1>' : '<html><head><title>Kept</title></head><body><article><h1>Kept</h1>' + '<p>A story worth keeping on this computer, with enough words to count as an article for the extractor.</p>'.repeat(6) + '</article></body></html>');
  });
  const { dataDir, library, service } = await setupCapture();
  await service.addUrls([server.url('/recovering')]);
  failing = false;
  service.pending.remove = async () => {
    throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  };
  const [saved] = await service.retry();
  assert.ok(saved?.ok, JSON.stringify(saved));
  assert.deepEqual(await articleFolders(dataDir), [saved.article.id]);
  assert.match(await library.files.readBody(saved.article.id), /A story worth keeping/);
});
