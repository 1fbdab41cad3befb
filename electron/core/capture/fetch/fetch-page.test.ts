import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ErrorCode } from '../../../shared/errors.ts';
import type { LookupFunction } from './address-policy.ts';
import { fetchPage, type FetchPageOptions } from './fetch-page.ts';
import { closedPort, startTestServer, type TestServer } from '../testing/test-server.ts';
import { WebError } from './web-error.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const local: FetchPageOptions = { allowPrivateNetwork: true, totalTimeoutMs: 2000, connectTimeoutMs: 1000 };

async function failure(path: string, options: FetchPageOptions = local): Promise<WebError> {
  try {
    await fetchPage(path.startsWith('http') ? path : server.url(path), options);
  } catch (error) {
    assert.ok(error instanceof WebError, `expected a WebError, got ${String(error)}`);
    return error;
  }
  assert.fail(`${path} should have failed`);
}

test('fetches a page and reports its type, status and final URL', async () => {
  const page = await fetchPage(server.url('/simple'), local);
  assert.equal(page.status, 200);
  assert.equal(page.finalUrl, server.url('/simple'));
  assert.match(page.contentType, /text\/html/);
  assert.match(Buffer.from(page.bytes).toString(), /A simple story/);
});

test('decodes gzip, brotli and deflate bodies', async () => {
  for (const [path, title] of [['/gzip', 'Gzipped story'], ['/br', 'Brotli story'], ['/deflate', 'Deflated story']] as const) {
    const page = await fetchPage(server.url(path), local);
    assert.match(Buffer.from(page.bytes).toString(), new RegExp(title), path);
  }
});

test('follows up to five redirects and reports where it ended', async () => {
  const page = await fetchPage(server.url('/hop/5'), local);
  assert.equal(page.finalUrl, server.url('/simple'));
  const tooMany = await failure('/hop/6');
  assert.equal(tooMany.code, ErrorCode.tooManyRedirects);
  assert.match(tooMany.message, /redirected too many times/);
});

test('detects a redirect loop', async () => {
  const error = await failure('/loop-a');
  assert.equal(error.code, ErrorCode.tooManyRedirects);
  assert.match(error.message, /in a circle/);
  assert.ok((server.hits.get('/loop-a') ?? 0) <= 2);
});

test('a "set a cookie and come back" redirect is followed, not taken for a loop', async () => {
  server.route('/gate', (req, res) => {
    if (/consent=yes/.test(req.headers.cookie ?? '')) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return void res.end('<html><body><p>Behind the gate</p></body></html>');
    }
    res.writeHead(302, { Location: '/gate-consent' });
    res.end();
  });
  server.route('/gate-consent', (_req, res) => {
    res.writeHead(302, { Location: '/gate', 'Set-Cookie': 'consent=yes; Path=/; HttpOnly' });
    res.end();
  });
  const page = await fetchPage(server.url('/gate'), local);
  assert.match(Buffer.from(page.bytes).toString(), /Behind the gate/);
});

test('404 and 410 are "gone", 500 is a server error that will be retried', async () => {
  const missing = await failure('/404');
  assert.equal(missing.code, ErrorCode.pageGone);
  assert.match(missing.message, /has no page at this address \(404\)/);
  assert.equal(missing.retryable, false);
  const gone = await failure('/410');
  assert.equal(gone.code, ErrorCode.pageGone);
  assert.match(gone.message, /removed for good \(410\)/);
  const broken = await failure('/500');
  assert.equal(broken.code, ErrorCode.serverError);
  assert.match(broken.message, /error 500.*kept and will be retried/);
  assert.equal(broken.retryable, true);
  const forbidden = await failure('/403');
  assert.equal(forbidden.code, ErrorCode.httpError);
  assert.match(forbidden.message, /sign in/);
});

test('an unreachable host says so in words a person can act on', async () => {
  const port = await closedPort();
  const error = await failure(`http://127.0.0.1:${port}/story`);
  assert.equal(error.code, ErrorCode.unreachable);
  assert.equal(error.message, 'Lectern could not reach 127.0.0.1. Check the address or your connection; the link is kept and will be retried.');
  assert.equal(error.retryable, true);
});

test('a name that does not resolve gives the "could not reach" message', async () => {
  const noSuchHost: LookupFunction = (hostname, _options, callback) =>
    callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  const error = await failure('http://example.com/story', { totalTimeoutMs: 2000, lookup: noSuchHost });
  assert.equal(error.code, ErrorCode.unreachable);
  assert.equal(error.message, 'Lectern could not reach example.com. Check the address or your connection; the link is kept and will be retried.');
});

test('a host that never answers is given up on at the connect timeout', async () => {
  const silent: LookupFunction = () => {};
  const error = await failure('http://example.com/story', { totalTimeoutMs: 5000, connectTimeoutMs: 200, lookup: silent });
  assert.equal(error.code, ErrorCode.timeout);
  // The message names the connect timeout (0.2 s), not the total (5 s): that is the one that fired.
  assert.match(error.message, /^example\.com took longer than 0\.2 seconds to answer; the link is kept and will be retried\.$/);
});

test('a name that resolves to a private address is refused', async () => {
  const sneaky: LookupFunction = (_hostname, _options, callback) => callback(null, [{ address: '192.168.1.1', family: 4 }]);
  const error = await failure('http://sneaky.example/admin', { totalTimeoutMs: 2000, lookup: sneaky });
  assert.equal(error.code, ErrorCode.blockedAddress);
  assert.match(error.message, /sneaky\.example points to this computer or your local network/);
});

test('a slow server times out at the total timeout', async () => {
  const error = await failure('/slow', { ...local, totalTimeoutMs: 300 });
  assert.equal(error.code, ErrorCode.timeout);
  assert.match(error.message, /took longer than 0.3 seconds/);
});

test('a 100 MB response is stopped at the cap, not buffered', async () => {
  const before = process.memoryUsage().rss;
  const error = await failure('/huge', { ...local, maxBytes: 2 * 1024 * 1024 });
  assert.equal(error.code, ErrorCode.responseTooLarge);
  assert.match(error.message, /larger than 2 MB/);
  // The server fills socket buffers before it notices the hang-up, but nowhere near 100 MB.
  assert.ok(server.hugeBytesSent < 20 * 1024 * 1024, `server sent ${server.hugeBytesSent} bytes`);
  assert.ok(process.memoryUsage().rss - before < 60 * 1024 * 1024);
});

test('a gzip bomb is stopped by the decoded-size cap', async () => {
  const error = await failure('/bomb');
  assert.equal(error.code, ErrorCode.responseTooLarge);
  assert.match(error.message, /larger than 15 MB/);
});

test('a connection that drops mid-page is a retryable network error', async () => {
  const error = await failure('/truncated');
  assert.equal(error.code, ErrorCode.network);
  assert.match(error.message, /arrived incomplete/);
  assert.equal(error.retryable, true);
});

test('a PDF is refused before its body is read, with a "not supported yet" message', async () => {
  const error = await failure('/pdf');
  assert.equal(error.code, ErrorCode.unsupportedContent);
  assert.equal(error.message, 'This link is a PDF, not a web page. Saving a PDF from the web is not supported yet.');
  const sniffed = await failure('/pdf-untyped');
  assert.equal(sniffed.code, ErrorCode.unsupportedContent);
  assert.match(sniffed.message, /a PDF/);
  const image = await failure('/img/plain.png');
  assert.match(image.message, /an image, not a web page/);
});

test('a PDF served as text/html is refused by its bytes, never saved as an article titled "%PDF-1.7"', async () => {
  const error = await failure('/pdf-as-html');
  assert.equal(error.code, ErrorCode.unsupportedContent);
  assert.match(error.message, /^This link is a PDF \(127\.0\.0\.1 calls it a web page\), not a web page\./);
});

test('a UTF-16 page without a charset arrives as UTF-8, with no NUL in it', async () => {
  const page = await fetchPage(server.url('/utf16-no-charset'), local);
  const text = Buffer.from(page.bytes).toString('utf8');
  assert.match(text, /Tidal marshes, in UTF-16/);
  assert.ok(!text.includes('\0'));
  assert.equal(page.contentType, 'text/html; charset=utf-8');
});

test('a page served without a Content-Type is accepted when it is HTML', async () => {
  const page = await fetchPage(server.url('/no-type'), local);
  assert.match(Buffer.from(page.bytes).toString(), /Untyped story/);
});

test('only http and https are fetched', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'javascript:alert(1)', 'data:text/html,hi']) {
    const error = await failure(url);
    assert.equal(error.code, ErrorCode.invalidUrl, url);
  }
  const nonsense = await failure('not a url at all');
  assert.equal(nonsense.code, ErrorCode.invalidUrl);
});

test('loopback and private addresses are refused unless allowed', async () => {
  const error = await failure('/simple', { totalTimeoutMs: 2000 });
  assert.equal(error.code, ErrorCode.blockedAddress);
  const named = await failure(server.url('/simple').replace('127.0.0.1', 'localhost'), { totalTimeoutMs: 2000 });
  assert.equal(named.code, ErrorCode.blockedAddress, 'a name resolving to loopback is caught at connect time');
  const hits = server.hits.get('/simple') ?? 0;
  await failure('http://169.254.169.254/latest/meta-data/', { totalTimeoutMs: 2000 });
  assert.equal(server.hits.get('/simple') ?? 0, hits);
});

test('sends a browser-like User-Agent and Accept headers', async () => {
  let seen: Record<string, string | string[] | undefined> = {};
  server.route('/headers', (req, res) => {
    seen = req.headers;
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html><body><p>ok</p></body></html>');
  });
  await fetchPage(server.url('/headers'), local);
  assert.match(String(seen['user-agent']), /^Mozilla\/5\.0 .*Chrome\/\d+/);
  assert.match(String(seen.accept), /^text\/html,application\/xhtml\+xml/);
  assert.match(String(seen['accept-encoding']), /gzip.*br/);
});
