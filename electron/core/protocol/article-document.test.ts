import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleSummary } from '../../shared/models.ts';
import { bodyFromBytes } from '../library/stored-body.ts';
import { openTestLibrary } from '../testing/test-library.ts';
import { articleDocumentStream } from './article-document.ts';

test('the article document names its language, and says "und" (undetermined) when nobody knows it', async () => {
  const { core, call, add } = await openTestLibrary();
  const page = async (id: string) => (await core.handleAppRequest(new Request(`lectern://app/articles/${id}/document`))).text();

  const pasted = await add('A note without a language');
  assert.match(await page(pasted), /<html lang="und" dir="ltr">/);

  const html = '<!doctype html><html lang="de"><head><title>Der Fluss</title></head><body><article><h1>Der Fluss</h1><p>Der Fluss floss langsam an der Mühle vorbei, und niemand hatte es eilig.</p></article></body></html>';
  const german = await call<ArticleSummary>('articles.importText', { text: html, format: 'html' });
  assert.match(await page(german.id), /<html lang="de" dir="ltr">/);
  await core.close();
});

test('a body of several MB is sent in slices, and the frame gets exactly the stored bytes, split characters and all', async () => {
  const { core, call, dir } = await openTestLibrary();
  // Accented letters are two bytes in UTF-8 and "🌊" four: in over 3 MB of them, 1 MB slices end inside characters.
  const paragraph = 'Ő folyó partján 🌊 a hullámok ölelése. '.repeat(40);
  const book = Array.from({ length: 2_000 }, () => paragraph).join('\n\n');
  const { id } = await call<ArticleSummary>('articles.importText', { text: book, format: 'text', title: 'A long river' });
  const response = await core.handleAppRequest(new Request(`lectern://app/articles/${id}/document`));
  assert.ok(response.body);
  let pieces = 0;
  const bytes: Uint8Array[] = [];
  for await (const piece of response.body) {
    pieces++;
    bytes.push(piece);
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(bytes));
  assert.ok(pieces >= 5, `a ${Math.round(Buffer.concat(bytes).length / 1e6)} MB document came in ${pieces} pieces`);
  assert.match(text, /^<!doctype html>[\s\S]*<div class="article-body" id="article-body">/);
  assert.match(text, /<\/div>\n<\/article>\n<\/body>\n<\/html>$/);
  const body = text.slice(text.indexOf('id="article-body">') + 'id="article-body">'.length, text.lastIndexOf('</div>\n</article>'));
  assert.equal(body, await readFile(join(dir, 'articles', id, 'body.html'), 'utf8'));
  assert.equal(body.split('🌊').length - 1, 2_000 * 40);
  await core.close();
});

test('a stored lead image is shown above the text only when the text does not show it already, wherever it is', async () => {
  const lead = '/articles/abc-1/assets/lead.jpg';
  const article: Article = {
    id: 'abc-1', title: 'Harbour', byline: null, siteName: null, source: { kind: 'url', value: 'https://example.org/harbour' },
    savedAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z', publishedAt: null, lang: 'en', dir: 'ltr',
    excerpt: '', leadImage: lead, wordCount: 3, readingMinutes: 1, archived: false, favorite: false, finishedAt: null,
    progress: null, hasNote: false, tags: [], note: '', noteUpdatedAt: null,
  };
  const documentFor = (body: string) => new Response(articleDocumentStream(article, bodyFromBytes(Buffer.from(body)))).text();
  const figure = `<figure class="article-lead"><img src="${lead}" alt=""></figure>`;
  assert.ok((await documentFor('<p>Boats are back.</p>')).includes(figure));
  // Past the first MB slice: the whole body is looked through before the header goes out.
  const late = `${'<p>Waves.</p>'.repeat(120_000)}<img src="${lead}" alt="">`;
  assert.ok(!(await documentFor(late)).includes(figure));
  assert.ok(!(await documentFor(`<p>${lead}</p>`)).includes('article-lead'));
  assert.ok(!(await new Response(articleDocumentStream({ ...article, leadImage: 'https://elsewhere.example/x.jpg' }, bodyFromBytes(Buffer.from('<p>x</p>')))).text()).includes('article-lead'));
});

test('the header goes out while the body cannot be read yet, and a cancelled document closes its body', async () => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let closed = 0;
  const size = 10 << 20;
  const body = {
    size,
    // No body byte can be read until the gate opens: the header must not wait for one.
    read: async (position: number, length: number) => gate.then(() => Buffer.alloc(Math.min(length, size - position), 0x61)),
    close: async () => void closed++,
  };
  const article = { id: 'abc-2', title: 'Book', byline: null, siteName: null, source: { kind: 'text', value: 'book.txt' }, savedAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z', publishedAt: null, lang: null, dir: 'ltr', excerpt: '', leadImage: null, wordCount: 1, readingMinutes: 1, archived: false, favorite: false, finishedAt: null, progress: null, hasNote: false, tags: [], note: '', noteUpdatedAt: null } as unknown as Article;
  const reader = articleDocumentStream(article, body).getReader();
  const first = await reader.read();
  assert.match(new TextDecoder().decode(first.value), /^<!doctype html>[\s\S]*id="article-body">$/);
  release();
  assert.equal((await reader.read()).value?.byteLength, 1 << 20);
  await reader.cancel();
  assert.equal(closed, 1);
});
