import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { fetchImages, sameOriginImageUrls, type PageFetch } from './collect-images.ts';

test('lists same-origin images once each, lazy ones included, in document order', () => {
  const { document } = parseHTML(`<html><body>
    <img src="/media/a.png"><img src="https://cdn.example/b.png"><img src="data:image/gif;base64,R0lG" data-src="/media/lazy.png">
    <img src="media/relative.png"><img src="/media/a.png"><img src="ftp://site.example/x.png"></body></html>`);
  Object.defineProperty(document, 'URL', { value: 'https://site.example/news/story' });
  Object.defineProperty(document, 'baseURI', { value: 'https://site.example/news/story' });
  assert.deepEqual(sameOriginImageUrls(document as unknown as Document), [
    'https://site.example/media/a.png',
    'https://site.example/media/lazy.png',
    'https://site.example/news/media/relative.png',
  ]);
});

const png = (size: number) => new Uint8Array(new ArrayBuffer(size)).fill(7);

function fakePageFetch(files: Record<string, { type: string; bytes: Uint8Array<ArrayBuffer>; status?: number }>): { fetch: PageFetch; credentials: string[] } {
  const credentials: string[] = [];
  const fetch: PageFetch = async (url, init) => {
    credentials.push(String(init.credentials));
    const file = files[url];
    if (!file) throw new TypeError('Failed to fetch');
    return new Response(file.bytes, { status: file.status ?? 200, headers: { 'Content-Type': file.type } });
  };
  return { fetch, credentials };
}

test('fetches with the page cookies and sends base64 bytes with the content type', async () => {
  const { fetch, credentials } = fakePageFetch({ 'https://s.example/a.png': { type: 'image/png; charset=binary', bytes: new Uint8Array(new ArrayBuffer(4)).map((_, i) => [137, 80, 78, 71][i]!) } });
  const images = await fetchImages(['https://s.example/a.png', 'https://s.example/missing.png'], fetch, { eachBytes: 100, totalBytes: 100 });
  assert.deepEqual(images, [{ url: 'https://s.example/a.png', contentType: 'image/png', dataBase64: 'iVBORw==' }]);
  assert.deepEqual(credentials, ['include', 'include']);
});

test('skips what is not an image, failed, too large alone, or over the total', async () => {
  const { fetch } = fakePageFetch({
    'https://s.example/login': { type: 'text/html', bytes: png(10) },
    'https://s.example/gone.png': { type: 'image/png', bytes: png(10), status: 404 },
    'https://s.example/huge.png': { type: 'image/png', bytes: png(60) },
    'https://s.example/one.png': { type: 'image/png', bytes: png(40) },
    'https://s.example/two.png': { type: 'image/png', bytes: png(40) },
    'https://s.example/three.png': { type: 'image/png', bytes: png(40) },
    'https://s.example/small.png': { type: 'image/png', bytes: png(15) },
  });
  const urls = ['login', 'gone.png', 'huge.png', 'one.png', 'two.png', 'three.png', 'small.png'].map((name) => `https://s.example/${name}`);
  const images = await fetchImages(urls, fetch, { eachBytes: 50, totalBytes: 100 });
  assert.deepEqual(
    images.map((image) => image.url),
    ['https://s.example/one.png', 'https://s.example/two.png', 'https://s.example/small.png'],
  );
  assert.equal(Buffer.from(images[2]!.dataBase64, 'base64').length, 15);
});

test('base64 of a large image survives the chunking intact', async () => {
  const bytes = new Uint8Array(new ArrayBuffer(200_000)).map((_, i) => (i * 31) % 256);
  const { fetch } = fakePageFetch({ 'https://s.example/big.png': { type: 'image/png', bytes } });
  const [image] = await fetchImages(['https://s.example/big.png'], fetch, { eachBytes: 1e6, totalBytes: 1e6 });
  assert.deepEqual(new Uint8Array(Buffer.from(image!.dataBase64, 'base64')), bytes);
});
