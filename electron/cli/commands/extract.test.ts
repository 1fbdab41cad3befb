import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLectern } from '../testing/run-lectern.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';

const lectern = (args: string[], stdin = '') => runLectern(args, { stdin });

const paragraph = 'The tide came in slowly over the flats, and the birds rose together as if on a signal nobody else could hear. ';

function page(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Shore</title>
<meta property="og:site_name" content="The Shore"><meta name="author" content="Ada Lind">
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>${title}</h1><p>${paragraph.repeat(4)}</p><p><img src="img/heron.png" alt="A heron"></p>
<p>${paragraph.repeat(3)} <a href="/tides">tide tables</a>.</p>${extra}</article>
<footer>© The Shore</footer></body></html>`;
}

test('one file prints one JSON object with the extraction, links resolved against --url', async () => {
  const dir = await tempDir();
  const file = join(dir, 'tides.html');
  await writeFile(file, page('Reading the tides'));
  const result = await lectern(['extract', '--url', 'https://shore.example/2025/tides', file]);
  assert.equal(result.code, 0, result.err);
  const article = JSON.parse(result.out);
  assert.deepEqual(Object.keys(article), ['file', 'title', 'byline', 'siteName', 'publishedAt', 'lang', 'dir', 'excerpt', 'leadImage', 'html', 'text', 'wordCount']);
  assert.equal(article.file, file);
  assert.equal(article.title, 'Reading the tides');
  assert.equal(article.siteName, 'The Shore');
  assert.equal(article.lang, 'en');
  assert.equal(article.dir, 'ltr');
  assert.match(article.html, /src="https:\/\/shore\.example\/2025\/img\/heron\.png"/);
  assert.match(article.html, /href="https:\/\/shore\.example\/tides"/);
  assert.doesNotMatch(article.text, /Home|About|© The Shore/);
  assert.ok(article.wordCount > 100);
});

test('several files print JSON Lines; a page without an article is reported and exits 1', async () => {
  const dir = await tempDir();
  const a = join(dir, 'a.html');
  const b = join(dir, 'b.html');
  const empty = join(dir, 'empty.html');
  await writeFile(a, page('First light'));
  await writeFile(b, page('Second tide'));
  await writeFile(empty, '<html><head><title>Nothing here</title></head><body></body></html>');
  const result = await lectern(['extract', a, empty, b]);
  assert.equal(result.code, 1);
  const lines = result.out.split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((line) => JSON.parse(line).title), ['First light', 'Second tide']);
  assert.match(result.err, /empty\.html: /);
  assert.match(result.err, /1 of 3 could not be extracted/);
});

test('markdown and html formats, standard input, and bad usage', async () => {
  const markdown = await lectern(['extract', '--format', 'markdown', '-'], page('Salt marsh', '<h2>At dusk</h2><ul><li>herons</li><li>egrets</li></ul>'));
  assert.equal(markdown.code, 0, markdown.err);
  assert.match(markdown.out, /^# Salt marsh\n/);
  assert.match(markdown.out, /^## At dusk$/m);
  assert.match(markdown.out, /^-\s+herons$/m);
  assert.doesNotMatch(markdown.out, /<p>/);

  const html = await lectern(['extract', '--format', 'html', '-'], page('Salt marsh'));
  assert.equal(html.code, 0, html.err);
  assert.match(html.out, /^<p>/);
  assert.doesNotMatch(html.out, /<nav|<footer|<script/);

  assert.equal((await lectern(['extract'])).code, 2);
  assert.equal((await lectern(['extract', '--format', 'pdf', 'x.html'])).code, 2);
  assert.equal((await lectern(['extract', '--url', 'file:///etc/passwd', 'x.html'])).code, 2);
  const missing = await lectern(['extract', '/nowhere/page.html']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /page\.html does not exist/);
});
