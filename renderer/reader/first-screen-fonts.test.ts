import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { firstScreenFontsLoaded } from './first-screen-fonts.ts';

interface FontRequest {
  font: string;
  text: string;
}

/** An article document still arriving, with computed styles and a font set whose loads the test settles. */
function arrivingArticle(load: (request: FontRequest) => Promise<unknown>) {
  const blocks = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} of the book, Ő and 🌊.</p>`).join('');
  const { document } = parseHTML(
    `<html><body><header><h1 class="article-title">Ein langes Buch</h1><p class="article-meta">3 days read</p></header><div id="article-body"><h2>Chapter one</h2>${blocks}</div></body></html>`,
  );
  const requests: FontRequest[] = [];
  const styleOf = (element: Element) =>
    element.tagName === 'H1' || element.tagName === 'H2'
      ? { fontStyle: 'normal', fontWeight: '700', fontSize: '40px', fontFamily: 'Literata, serif' }
      : element.className === 'article-meta'
        ? { fontStyle: 'normal', fontWeight: '400', fontSize: '16px', fontFamily: 'Inter, sans-serif' }
        : { fontStyle: 'normal', fontWeight: '400', fontSize: '20px', fontFamily: 'Literata, serif' };
  Object.defineProperty(document, 'defaultView', { value: { getComputedStyle: styleOf } });
  Object.defineProperty(document, 'fonts', {
    value: {
      load: (font: string, text: string) => {
        requests.push({ font, text });
        return load({ font, text });
      },
    },
  });
  return { doc: document as unknown as Document, requests };
}

test('asks for the faces of the title, the meta line and the first blocks, with their own text', async () => {
  const { doc, requests } = arrivingArticle(async () => []);
  await firstScreenFontsLoaded(doc, 5_000);
  const fonts = new Set(requests.map((request) => request.font));
  assert.deepEqual([...fonts].sort(), ['normal 400 16px Inter, sans-serif', 'normal 400 20px Literata, serif', 'normal 700 40px Literata, serif']);
  assert.ok(requests.some((request) => request.text === 'Ein langes Buch'));
  assert.ok(requests.some((request) => request.text.includes('🌊')), 'the text picks the unicode-range subsets');
  // Only the first screen: six blocks of the body, not the whole book.
  assert.equal(requests.length, 2 + 6);
});

test('resolves as soon as the faces are in, well before the longest wait', async () => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { doc } = arrivingArticle(() => gate.then(() => []));
  let done = false;
  const waiting = firstScreenFontsLoaded(doc, 60_000).then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(done, false, 'still waiting while a face loads');
  const started = Date.now();
  release();
  await waiting;
  assert.ok(Date.now() - started < 1_000);
});

test('a face that never loads holds the page no longer than the limit, and one that fails does not reject', async () => {
  const hanging = arrivingArticle(() => new Promise(() => {}));
  const started = Date.now();
  await firstScreenFontsLoaded(hanging.doc, 50);
  assert.ok(Date.now() - started >= 45);
  const failing = arrivingArticle(() => Promise.reject(new Error('bad font file')));
  await firstScreenFontsLoaded(failing.doc, 60_000);
});
