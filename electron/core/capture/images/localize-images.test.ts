import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { tempDir } from '../../testing/temp-dir.ts';
import { createImageFetcher, type FetchImage } from './fetch-image.ts';
import { localizeImages, type LocalizeOptions } from './localize-images.ts';
import { IMAGES, startTestServer, type TestServer } from '../testing/test-server.ts';
import { makePng } from '../testing/tiny-images.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const PREFIX = '/articles/abc-123/assets/';
const realFetch = () => createImageFetcher({ allowPrivateNetwork: true, totalTimeoutMs: 2000 });

async function localize(html: string, extra: Partial<LocalizeOptions> = {}) {
  const assetsDir = join(await tempDir(), 'assets');
  const result = await localizeImages(html, { baseUrl: server.url('/post/'), assetsDir, assetUrlPrefix: PREFIX, fetchImage: realFetch(), ...extra });
  const files = await readdir(assetsDir).catch(() => [] as string[]);
  return { ...result, assetsDir, files };
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

test('an image is stored content-addressed and the tag points at the local copy', async () => {
  const { html, files, assetsDir, stats } = await localize('<p><img src="/img/plain.png" alt="Plain" width="64"></p>');
  const name = `${sha(IMAGES['/img/plain.png']!.body)}.png`;
  assert.deepEqual(files, [name]);
  assert.equal(html, `<p><img src="${PREFIX}${name}" alt="Plain" width="64"></p>`);
  assert.deepEqual(await readFile(join(assetsDir, name)), Buffer.from(IMAGES['/img/plain.png']!.body));
  assert.equal(stats.stored, 1);
});

test('the srcset candidate for a 700 px column at 2x is chosen', async () => {
  const widths = await localize('<img srcset="/img/w-400.png 400w, /img/w-2800.png 2800w, /img/w-1400.png 1400w" src="/img/w-400.png">');
  assert.deepEqual(widths.files, [`${sha(IMAGES['/img/w-1400.png']!.body)}.png`]);
  assert.doesNotMatch(widths.html, /srcset|sizes/);
  const densities = await localize('<img src="/img/x1.png" srcset="/img/x1.png 1x, /img/x3.png 3x, /img/x2.png 2x">');
  assert.deepEqual(densities.files, [`${sha(IMAGES['/img/x2.png']!.body)}.png`]);
});

test('lazy attributes and picture sources are used, and sources are removed', async () => {
  const lazy = await localize('<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/lazy.png" alt="Lazy">');
  assert.deepEqual(lazy.files, [`${sha(IMAGES['/img/lazy.png']!.body)}.png`]);
  assert.doesNotMatch(lazy.html, /data-src|data:/);
  const lazySet = await localize('<img data-srcset="/img/pic-800.png 800w, /img/pic-1600.png 1600w" alt="Lazy set">');
  assert.deepEqual(lazySet.files, [`${sha(IMAGES['/img/pic-1600.png']!.body)}.png`]);
  const picture = await localize('<picture><source type="image/webp" srcset="/img/pic-800.png 800w, /img/pic-1600.png 1600w"><img alt="P"></picture>');
  assert.deepEqual(picture.files, [`${sha(IMAGES['/img/pic-1600.png']!.body)}.png`]);
  assert.doesNotMatch(picture.html, /<source/);
  assert.match(picture.html, /^<picture><img [^>]*src="\/articles\/abc-123\/assets\/[0-9a-f]{64}\.png"[^>]*><\/picture>$/);
  assert.match(picture.html, /alt="P"/);
});

test('tracking pixels are dropped without a trace', async () => {
  let fetched: string[] = [];
  const spy: FetchImage = (url, options) => {
    fetched.push(url);
    return realFetch()(url, options);
  };
  const { html, stats, files } = await localize(
    '<p>Text<img src="/img/track.gif" alt=""><img src="/img/plain.png" width="1" height="1"><img src="https://pixel.wp.com/g.gif?blog=1"><img src="https://www.facebook.com/tr?id=1&ev=PageView"></p>',
    { fetchImage: spy },
  );
  assert.equal(html, '<p>Text</p>');
  assert.equal(stats.pixels, 4);
  assert.deepEqual(files, []);
  // Beacon hosts and sized pixels are never requested; only the unlabelled GIF had to be looked at.
  assert.deepEqual(fetched, [server.url('/img/track.gif')]);
  fetched = [];
});

test('an SVG is stored without scripts, handlers or external references', async () => {
  const { files, assetsDir } = await localize('<img src="/img/logo.svg" alt="Logo">');
  assert.equal(files.length, 1);
  assert.match(files[0]!, /\.svg$/);
  const svg = await readFile(join(assetsDir, files[0]!), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /<rect width="40" height="20" fill="#369"/);
  assert.match(svg, /Chart/);
  assert.doesNotMatch(svg, /script|onload|onclick|evil|javascript|<image/i);
});

test('a failed image becomes a placeholder; never a remote URL', async () => {
  const { html, stats } = await localize(
    '<figure><img src="/img/missing.png" alt="A chart &amp; its &quot;legend&quot;"></figure><p><img src="/img/not-an-image"></p>',
  );
  const { document } = parseHTML(`<body>${html}</body>`);
  const spans = [...document.querySelectorAll('span.image-missing')];
  assert.equal(spans.length, 2);
  assert.deepEqual(
    spans.map((span) => [span.getAttribute('role'), span.getAttribute('aria-label'), span.textContent, span.parentElement?.localName]),
    [
      ['img', 'A chart & its "legend"', 'Image unavailable: A chart & its "legend"', 'figure'],
      ['img', 'Image unavailable', 'Image unavailable', 'p'],
    ],
  );
  assert.doesNotMatch(html, /<img|missing\.png|not-an-image/);
  assert.equal(stats.missing, 2);
});

test('the real type decides the extension, whatever the server says', async () => {
  const { files } = await localize('<img src="/img/mislabelled">');
  assert.deepEqual(files, [`${sha(IMAGES['/img/mislabelled']!.body)}.png`]);
});

test('the same picture used twice is downloaded and stored once', async () => {
  const before = server.hits.get('/img/x3.png') ?? 0;
  const { html, files } = await localize('<img src="/img/x3.png"><p><img src="../post/../img/x3.png"></p>');
  assert.equal(files.length, 1);
  assert.equal(server.hits.get('/img/x3.png'), before + 1);
  assert.equal(html.split(files[0]!).length, 3);
});

test('inline data: images become files too', async () => {
  const png = makePng(20, 20, [1, 2, 3]);
  const { html, files } = await localize(`<img src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`);
  assert.deepEqual(files, [`${sha(png)}.png`]);
  assert.doesNotMatch(html, /data:/);
});

test('per-image and per-article caps turn big images into placeholders', async () => {
  const perImage = await localize('<img src="/img/plain.png" alt="big">', { maxImageBytes: 50 });
  assert.match(perImage.html, /image-missing/);
  assert.deepEqual(perImage.files, []);
  const size = IMAGES['/img/plain.png']!.body.byteLength + IMAGES['/img/lazy.png']!.body.byteLength;
  const budget = await localize('<img src="/img/plain.png"><img src="/img/lazy.png"><img src="/img/og-lead.png">', { maxTotalBytes: size + 10, concurrency: 1 });
  assert.equal(budget.stats.stored, 2);
  assert.equal(budget.stats.missing, 1);
});

test('no more than the concurrency limit of images download at once', async () => {
  let active = 0;
  let peak = 0;
  const slow: FetchImage = async (url, options) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 15));
    try {
      return await realFetch()(url, options);
    } finally {
      active--;
    }
  };
  const tags = ['plain.png', 'lazy.png', 'w-400.png', 'w-1400.png', 'w-2800.png', 'x1.png', 'x2.png', 'x3.png', 'og-lead.png'].map((n) => `<img src="/img/${n}">`);
  const { stats } = await localize(tags.join(''), { fetchImage: slow });
  assert.equal(stats.stored, 9);
  assert.equal(peak, 4);
});

test('a broken srcset candidate falls back to the next one', async () => {
  const { files } = await localize('<img srcset="/img/missing-2x.png 1400w, /img/w-400.png 400w">');
  assert.deepEqual(files, [`${sha(IMAGES['/img/w-400.png']!.body)}.png`]);
});

test('the lead image is the first picture, or the page\'s own when the body has none', async () => {
  const { leadImage, files, html } = await localize('<p>No pictures here.</p>', { leadImageUrl: server.url('/img/og-lead.png') });
  assert.equal(leadImage, `${PREFIX}${sha(IMAGES['/img/og-lead.png']!.body)}.png`);
  assert.equal(files.length, 1);
  assert.equal(html, '<p>No pictures here.</p>');
  const reused = await localize('<img src="/img/plain.png">', { leadImageUrl: server.url('/img/plain.png') });
  assert.equal(reused.files.length, 1);
  const fallback = await localize('<img src="/img/lazy.png">', { leadImageUrl: server.url('/img/missing.png') });
  assert.equal(fallback.leadImage, `${PREFIX}${sha(IMAGES['/img/lazy.png']!.body)}.png`);
  const hits = server.hits.get('/img/og-lead.png') ?? 0;
  const pictured = await localize('<img src="/img/x1.png"><img src="/img/x2.png">', { leadImageUrl: server.url('/img/og-lead.png') });
  assert.equal(pictured.leadImage, `${PREFIX}${sha(IMAGES['/img/x1.png']!.body)}.png`, 'the first picture, so the reader does not show it twice');
  assert.equal(server.hits.get('/img/og-lead.png') ?? 0, hits);
});

test('other attributes that would load from the network are removed', async () => {
  const { html } = await localize('<div style="background:url(https://x.example/bg.png)" background="https://x.example/b.png"><p>Hi</p></div>');
  assert.equal(html, '<div><p>Hi</p></div>');
});

test('a host that cannot be reached costs one try, not one per image', async () => {
  const tried: string[] = [];
  const down: FetchImage = async (url) => {
    tried.push(url);
    throw Object.assign(new Error('could not reach'), { code: 'UNREACHABLE' });
  };
  const tags = Array.from({ length: 6 }, (_, i) => `<img src="https://down.example/${i}.png" alt="${i}">`).join('');
  const { stats } = await localize(tags, { fetchImage: down, concurrency: 1 });
  assert.equal(stats.missing, 6);
  assert.equal(tried.length, 1);
});

test('images still loading when the article runs out of time become placeholders', async () => {
  const hang: FetchImage = (_url, { signal }) =>
    new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { code: 'NETWORK_ERROR' }))));
  // Without the time limit this never returns (the test runner's timeout would fail it).
  const { stats, html } = await localize('<img src="/a.png" alt="a"><img src="/b.png" alt="b">', { fetchImage: hang, totalTimeoutMs: 150 });
  assert.equal(stats.missing, 2);
  assert.match(html, /Image unavailable: a/);
});
