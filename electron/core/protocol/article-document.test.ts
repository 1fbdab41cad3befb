import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

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
