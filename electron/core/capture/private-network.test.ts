// The fetching policy end to end, against a real server on 127.0.0.1 and no test switch: a page the reader
// names may be on this computer or the local network, with its same-site pictures; nothing a page leads to
// may reach further in than the page; metadata addresses are refused always.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ErrorCode } from '../../shared/errors.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { captureGivenPage, captureUrl } from './capture-url.ts';
import { createImageFetcher } from './images/fetch-image.ts';
import { startTestServer, type TestServer } from './testing/test-server.ts';
import { makePng } from './testing/tiny-images.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
  const story = (images: string) => `<!doctype html><html><head><title>Intranet notes</title></head><body><article><h1>Intranet notes</h1>
    ${'<p>The team keeps its runbooks on a wiki inside the office network, where no public fetcher can read them. </p>'.repeat(12)}
    ${images}</article></body></html>`;
  server.route('/intranet', (_req, res, s) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    // The same server under another name is another site: its pictures may not be pulled in from here.
    res.end(story(`<img src="/img/plain.png" alt="Same site"><img src="${s.origin.replace('127.0.0.1', 'localhost')}/img/x1.png" alt="Other site">`));
  });
  server.route('/to-metadata', (_req, res) => {
    res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  });
});
after(() => server.close());

const TIMEOUTS = { page: { totalTimeoutMs: 3000, connectTimeoutMs: 1000 }, images: { totalTimeoutMs: 3000 } };

async function target() {
  const dir = await tempDir();
  return { assetsDir: join(dir, 'assets'), assetUrlPrefix: '/articles/x/assets/' };
}

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

test('a page the reader names on this computer is saved, with its same-site pictures and not another site’s', async () => {
  const where = await target();
  const captured = await captureUrl(server.url('/intranet'), { ...where, ...TIMEOUTS, namedByReader: true });
  assert.match(captured.article.html, /runbooks on a wiki/);
  assert.equal(captured.images.stored, 1);
  assert.equal(captured.images.missing, 1);
  assert.match(captured.article.html, /src="\/articles\/x\/assets\/[0-9a-f]+\.png" alt="Same site"/);
  assert.match(captured.article.html, /Image unavailable: Other site/);
  assert.equal(server.hits.get('/img/x1.png') ?? 0, 0, 'the other site was never asked');
  assert.equal((await readdir(where.assetsDir)).length, 1);
});

test('a link nobody named (an import’s) stays on the open web', async () => {
  const hits = server.hits.get('/intranet') ?? 0;
  const error = await refusal(async () => captureUrl(server.url('/intranet'), { ...(await target()), ...TIMEOUTS }));
  assert.equal(error.code, ErrorCode.blockedAddress);
  assert.match(error.message, /points to this computer or your local network/);
  assert.equal(server.hits.get('/intranet') ?? 0, hits);
});

test('metadata endpoints are refused even for a named page, directly or by a redirect', async () => {
  const direct = await refusal(async () => captureUrl('http://169.254.169.254/latest/meta-data/', { ...(await target()), ...TIMEOUTS, namedByReader: true }));
  assert.equal(direct.code, ErrorCode.blockedAddress);
  assert.match(direct.message, /cloud metadata address/);
  const redirected = await refusal(async () => captureUrl(server.url('/to-metadata'), { ...(await target()), ...TIMEOUTS, namedByReader: true }));
  assert.equal(redirected.code, ErrorCode.blockedAddress);
  assert.match(redirected.message, /169\.254\.169\.254 is a cloud metadata address/);
  const byName = await refusal(async () => captureUrl('http://metadata.google.internal/computeMetadata/v1/', { ...(await target()), ...TIMEOUTS, namedByReader: true }));
  assert.match(byName.message, /metadata\.google\.internal is a cloud metadata address/);
});

test('a public page may not pull pictures from this computer, not even under its own name', async () => {
  const fromPublicPage = createImageFetcher({ totalTimeoutMs: 2000 }, { url: 'https://news.example/story', space: 'public' });
  const error = await refusal(() => fromPublicPage(server.url('/img/plain.png'), { maxBytes: 1_000_000 }));
  assert.equal(error.code, ErrorCode.blockedAddress);
  // A page that answered from the open web keeps the open web's reach for its own host too (DNS rebinding).
  const rebinding = createImageFetcher({ totalTimeoutMs: 2000 }, { url: server.url('/story'), space: 'public' });
  assert.equal((await refusal(() => rebinding(server.url('/img/plain.png'), { maxBytes: 1_000_000 }))).code, ErrorCode.blockedAddress);
  assert.equal(server.hits.get('/img/plain.png') ?? 0, 1, 'only the named page’s own picture was ever fetched');
});

test('a page the browser sent uses its pictures first and fetches the rest of its own site', async () => {
  const sent = makePng(20, 10, [1, 200, 3]);
  const html = `<article><h1>Notes</h1>${'<p>Words that the browser rendered with a script after the page had loaded. </p>'.repeat(10)}
    <img src="/private/behind-login.png" alt="Sent"><img src="/img/lazy.png" alt="Fetched"></article>`;
  const where = await target();
  const captured = await captureGivenPage(
    { url: server.url('/notes'), html, images: [{ url: server.url('/private/behind-login.png'), contentType: 'image/png', bytes: sent }] },
    { ...where, ...TIMEOUTS, namedByReader: true, wholePage: true },
  );
  assert.equal(captured.images.stored, 2);
  assert.equal(server.hits.get('/private/behind-login.png') ?? 0, 0, 'the picture sent was not fetched again');
  assert.equal(server.hits.get('/img/lazy.png'), 1);
  assert.match(captured.article.html, /Words that the browser rendered/);
});
