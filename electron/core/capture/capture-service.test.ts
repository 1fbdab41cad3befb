import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ErrorCode } from '../../shared/errors.ts';
import { createAppRequestHandler } from '../protocol/handle-app-request.ts';
import { RETRY_DELAYS_MS } from './pending/retry-schedule.ts';
import { TEST_CAPTURE, articleFolders, setupCapture } from './testing/capture-fixture.ts';
import { closedPort, startTestServer, type TestServer } from './testing/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('a page with ten kinds of images is saved with every image local and no remote image URL left', async () => {
  const { dataDir, library, service } = await setupCapture();
  const [outcome] = await service.addUrls([server.url('/article')]);
  assert.ok(outcome?.ok, JSON.stringify(outcome));
  const { article } = outcome;
  assert.equal(article.title, 'Ten ways to ship a picture');
  assert.equal(article.source.value, server.url('/article'));
  const body = await library.files.readBody(article.id);

  // The promise the reader relies on: nothing in the body loads from the network.
  assert.doesNotMatch(body, /<img[^>]+(?:src|srcset)="(?:https?:)?\/\//i);
  assert.doesNotMatch(body, /(?:src|srcset|poster)="[^"]*(?:127\.0\.0\.1|pixel\.wp\.com|tracker\.example)/);
  const sources = [...body.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(sources.length >= 8, `only ${sources.length} images kept`);
  for (const src of sources) assert.match(src, new RegExp(`^/articles/${article.id}/assets/[0-9a-f]{64}\\.(png|jpg|gif|webp|svg)$`));

  const assets = await readdir(join(dataDir, 'articles', article.id, 'assets'));
  for (const src of sources) assert.ok(assets.includes(src.split('/').pop()!), `${src} is on disk`);
  assert.match(body, /class="image-missing"[^>]*>Image unavailable: A chart that is gone</);
  assert.doesNotMatch(body, /<img[^>]*alt=""/, 'tracking pixels are gone');
  const svg = assets.find((name) => name.endsWith('.svg'));
  assert.ok(svg, 'the SVG is kept');
  assert.doesNotMatch(await readFile(join(dataDir, 'articles', article.id, 'assets', svg), 'utf8'), /script|onload|evil/);
  assert.match(article.leadImage ?? '', new RegExp(`^/articles/${article.id}/assets/`), 'the lead image is a local file');
  assert.equal(library.get(article.id).leadImage, article.leadImage);

  // And the app serves each of them, as the reader's iframe will ask for them.
  const handle = createAppRequestHandler(dataDir, () => library);
  for (const src of [...sources, article.leadImage!]) {
    const response = await handle(new Request(`http://lectern.test${src}`));
    assert.equal(response.status, 200, src);
    assert.match(response.headers.get('content-type') ?? '', /^image\/(png|jpeg|gif|webp|svg\+xml)$/, src);
  }
  const page = await (await handle(new Request(`http://lectern.test/articles/${article.id}/document`))).text();
  assert.doesNotMatch(page, /(?:src|srcset)="(?:https?:)?\/\//);
  assert.equal(service.listPending().length, 0);
});

test('a link is written down before it is fetched, and shows as saving meanwhile', async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let arrived = () => {};
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  server.route('/hold', async (_req, res) => {
    arrived();
    await held;
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<html><head><title>Held</title></head><body><article><h1>Held</h1>${'<p>A story that took its time to arrive, long enough for the pending file to be checked while it was loading.</p>'.repeat(5)}</article></body></html>`);
  });
  const { dataDir, service } = await setupCapture();
  const saving = service.addUrls([`  ${server.url('/hold')} `]);
  await requested;
  const onDisk = JSON.parse(await readFile(join(dataDir, 'pending-captures.json'), 'utf8'));
  assert.deepEqual(onDisk.items.map((item: { url: string; attempts: number }) => [item.url, item.attempts]), [[server.url('/hold'), 0]]);
  assert.deepEqual(service.listPending().map((item) => item.saving), [true]);
  release();
  const [outcome] = await saving;
  assert.ok(outcome?.ok);
  assert.equal(outcome.pendingRemoved, onDisk.items[0].id);
  assert.deepEqual(service.listPending(), []);
});

test('an unreachable URL becomes a pending item and nothing else is written', async () => {
  const { dataDir, service, events, library } = await setupCapture();
  const url = `http://127.0.0.1:${await closedPort()}/story`;
  const [outcome] = await service.addUrls([url]);
  assert.ok(outcome && !outcome.ok);
  assert.equal(outcome.code, ErrorCode.unreachable);
  assert.equal(outcome.message, 'Lectern could not reach 127.0.0.1. Check the address or your connection; the link is kept and will be retried.');
  assert.deepEqual(await articleFolders(dataDir), []);
  assert.equal(library.articleCount, 0);
  const stored = JSON.parse(await readFile(join(dataDir, 'pending-captures.json'), 'utf8'));
  assert.equal(stored.items.length, 1);
  assert.equal(stored.items[0].url, url);
  assert.equal(stored.items[0].attempts, 1);
  assert.equal(stored.items[0].nextRetryAt, new Date(Date.parse('2026-05-01T12:00:00Z') + RETRY_DELAYS_MS[0]!).toISOString());
  assert.deepEqual(events.find((e) => e.name === 'pending.changed')?.payload, { count: 1 });
});

test('every failure kind leaves only a pending record, with a message a person can act on', async () => {
  const { dataDir, service, library } = await setupCapture({ capture: { ...TEST_CAPTURE, page: { ...TEST_CAPTURE.page, totalTimeoutMs: 300, maxBytes: 2 * 1024 * 1024 } } });
  const cases: [string, string, RegExp, boolean][] = [
    ['/404', ErrorCode.pageGone, /no page at this address/, false],
    ['/410', ErrorCode.pageGone, /removed for good/, false],
    ['/500', ErrorCode.serverError, /will be retried/, true],
    ['/slow', ErrorCode.timeout, /took longer than/, true],
    ['/loop-a', ErrorCode.tooManyRedirects, /in a circle/, false],
    ['/huge', ErrorCode.responseTooLarge, /larger than 2 MB/, false],
    ['/bomb', ErrorCode.responseTooLarge, /larger than 2 MB/, false],
    ['/truncated', ErrorCode.network, /arrived incomplete/, true],
    ['/pdf', ErrorCode.unsupportedContent, /not supported yet/, false],
    ['/empty', ErrorCode.noArticle, /arrived empty/, false],
    ['/login', ErrorCode.noArticle, /^Couldn't find an article here — save the whole page\?$/, false],
  ];
  const outcomes = await service.addUrls(cases.map(([path]) => server.url(path)));
  for (const [index, [path, code, message, retryable]] of cases.entries()) {
    const outcome = outcomes[index]!;
    assert.ok(!outcome.ok && outcome.pending, path);
    assert.equal(outcome.code, code, path);
    assert.match(outcome.message, message, path);
    assert.equal(outcome.pending.nextRetryAt !== null, retryable, `${path} retried automatically: ${retryable}`);
  }
  assert.deepEqual(await articleFolders(dataDir), []);
  assert.equal(library.articleCount, 0);
  assert.equal(service.listPending().length, cases.length);
});

test('a login wall can be saved as the whole page, sanitized', async () => {
  const { library, service } = await setupCapture();
  const [first] = await service.addUrls([server.url('/login')]);
  assert.ok(first && !first.ok && first.pending);
  const [saved] = await service.retry({ id: first.pending.id, wholePage: true });
  assert.ok(saved?.ok, JSON.stringify(saved));
  assert.equal(saved.pendingRemoved, first.pending.id);
  const body = await library.files.readBody(saved.article.id);
  assert.match(body, /Sign in to continue reading/);
  assert.doesNotMatch(body, /<form|<input|<script/);
  assert.match(body, new RegExp(`href="${server.url('/subscribe')}"`));
  assert.equal(service.listPending().length, 0);
});

test('truncated markup and a wrong declared charset still give a readable article', async () => {
  const { library, service } = await setupCapture();
  const [cut, charset] = await service.addUrls([server.url('/truncated-markup'), server.url('/wrong-charset')]);
  assert.ok(cut?.ok && charset?.ok);
  assert.match(await library.files.readText(cut.article.id), /paragraph 3/);
  assert.equal(charset.article.title, 'Café naïveté — déjà vu');
  assert.match(await library.files.readText(charset.article.id), /Crème brûlée, façade, jalapeño/);
});

test('addUrls runs a few at a time, reports progress, and each bad link stays independent', async () => {
  const { service, events } = await setupCapture({ concurrency: 2 });
  const outcomes = await service.addUrls([server.url('/simple'), server.url('/404'), server.url('/gzip'), 'not a link']);
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true, false]);
  const progress = events.flatMap((e) => (e.name === 'capture.progress' ? [e.payload] : []));
  // "not a link" is refused before anything is fetched, so progress counts the three real links.
  assert.equal(progress.length, 4);
  assert.deepEqual(progress.at(-1), { done: 3, total: 3, current: null });
  assert.equal(outcomes[3]!.ok ? '' : outcomes[3]!.code, ErrorCode.invalidUrl);
});

test('links that can never be saved are refused up front with the reason, and never kept as pending', async () => {
  const { service } = await setupCapture();
  const inputs = ['file:///etc/passwd', 'javascript:alert(1)', 'not a link at all', server.url('/simple')];
  const outcomes = await service.addUrls(inputs);
  assert.deepEqual(
    outcomes.map((outcome) => outcome.ok),
    [false, false, false, true],
  );
  const [file, script, words] = outcomes;
  assert.ok(file && !file.ok && script && !script.ok && words && !words.ok);
  assert.equal(file.code, ErrorCode.invalidUrl);
  assert.match(file.message, /http and https pages only; file links .* can't be saved\. It was not kept\./);
  assert.match(script.message, /javascript links/);
  assert.match(words.message, /"not a link at all" is not a web address/);
  assert.equal(file.pending, null);
  assert.deepEqual(service.listPending(), []);
});

test('a link already in the library (http or https, www., a tracking parameter) is answered with that article, not saved twice', async () => {
  const { library, service } = await setupCapture();
  const [first] = await service.addUrls([server.url('/article')]);
  assert.ok(first?.ok && !first.existing, JSON.stringify(first));
  const again = `${server.url('/article')}?utm_source=newsletter#comments`;
  const [second] = await service.addUrls([again]);
  assert.ok(second?.ok, JSON.stringify(second));
  assert.equal(second.existing, true);
  assert.equal(second.article.id, first.article.id);
  assert.equal(library.records().length, 1);
  assert.equal(service.listPending().length, 0);
});
