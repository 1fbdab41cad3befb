import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractArticle } from '../../extract/extract-article.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { makePng } from '../testing/tiny-images.ts';
import type { FetchImage } from './fetch-image.ts';
import { localizeImages } from './localize-images.ts';

const PAGE = 'https://www.theguardian.com/education/2020/jan/20/academics';
const PREFIX = '/articles/abc-123/assets/';
const paragraphs = (label: string) =>
  Array.from({ length: 3 }, (_, i) => `<p>${label} paragraph ${i} explains how universities came to rely on staff hired by the hour, and what that costs.</p>`).join('');

/** What Lectern saves from a page: extraction (with sanitizing), then every picture stored locally. */
async function capture(body: string, served: Record<string, Uint8Array>) {
  const html = `<!doctype html><html><head><title>Academics | The Guardian</title></head><body><div id="maincontent"><div class="article-body-commercial-selector dcr-1">${paragraphs('Opening')}${body}${paragraphs('Closing')}</div></div></body></html>`;
  const article = extractArticle(html, { url: PAGE });
  const fetched: string[] = [];
  const fetchImage: FetchImage = async (url) => {
    fetched.push(url);
    const bytes = served[url];
    if (!bytes) throw new Error('404');
    return { bytes, contentType: 'image/png' };
  };
  const assetsDir = join(await tempDir(), 'assets');
  const result = await localizeImages(article.html, { baseUrl: PAGE, assetsDir, assetUrlPrefix: PREFIX, fetchImage });
  const files = await readdir(assetsDir).catch(() => [] as string[]);
  return { ...result, files, fetched };
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a <picture> with <source srcset> in the article body is stored as one local image, its best size first', async () => {
  const wide = makePng(50, 30, [1, 2, 3]);
  const { html, files, fetched, stats } = await capture(
    '<figure><picture><source srcset="https://i.guim.co.uk/a.jpg 140w, https://i.guim.co.uk/b.jpg 500w"><img src="https://i.guim.co.uk/c.jpg" alt="A lecture hall"></picture><figcaption>A lecture hall in Leeds.</figcaption></figure>',
    { 'https://i.guim.co.uk/b.jpg': wide },
  );
  assert.deepEqual(fetched, ['https://i.guim.co.uk/b.jpg']);
  assert.deepEqual(files, [`${sha(wide)}.png`]);
  assert.equal(stats.stored, 1);
  assert.match(html, new RegExp(`<figure><img src="${PREFIX}${sha(wide)}\\.png" alt="A lecture hall"><figcaption>A lecture hall in Leeds\\.</figcaption></figure>`));
  assert.doesNotMatch(html, /guim|srcset|<source|<picture/);
});

test('every lazy form (data-src, data-srcset, lazy sources) ends as one stored image', async () => {
  const one = makePng(20, 20, [9, 9, 9]);
  const two = makePng(21, 20, [8, 8, 8]);
  const three = makePng(22, 20, [7, 7, 7]);
  const { files, stats, html } = await capture(
    `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/one.png" alt="One"></p>
     <p><img data-srcset="/img/two-400.png 400w, /img/two.png 1400w" alt="Two"></p>
     <figure><picture><source data-srcset="/img/three.png 1600w"><img src="/img/spacer.gif" alt="Three"></picture></figure>`,
    { 'https://www.theguardian.com/img/one.png': one, 'https://www.theguardian.com/img/two.png': two, 'https://www.theguardian.com/img/three.png': three },
  );
  assert.equal(stats.images, 3);
  assert.deepEqual(files.sort(), [`${sha(one)}.png`, `${sha(two)}.png`, `${sha(three)}.png`].sort());
  assert.equal((html.match(/<img /g) ?? []).length, 3);
});

test('a picture that cannot be stored becomes the quiet placeholder with its alt text, never an <img>', async () => {
  const { html, stats } = await capture(
    '<figure><picture><source srcset="https://i.guim.co.uk/gone.jpg 500w"><img src="https://i.guim.co.uk/gone-too.jpg" alt="Protest outside parliament"></picture></figure>',
    {},
  );
  assert.equal(stats.missing, 1);
  assert.doesNotMatch(html, /<img/);
  const placeholder = /<figure>(<span [^>]*>)Image unavailable: Protest outside parliament<\/span><\/figure>/.exec(html)?.[1] ?? '';
  assert.match(placeholder, /class="image-missing"/, html);
  assert.match(placeholder, /aria-label="Protest outside parliament"/);
});
