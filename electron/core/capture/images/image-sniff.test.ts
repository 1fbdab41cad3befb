import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffImage } from './image-sniff.ts';
import { makeGifPixel, makeJpeg, makePng } from '../testing/tiny-images.ts';

test('images are recognized by their bytes, with their size', () => {
  assert.deepEqual(sniffImage(makePng(31, 7)), { kind: 'png', width: 31, height: 7 });
  assert.deepEqual(sniffImage(makeJpeg(50, 20)), { kind: 'jpg', width: 50, height: 20 });
  assert.deepEqual(sniffImage(makeGifPixel()), { kind: 'gif', width: 1, height: 1 });
  assert.equal(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))?.kind, 'svg');
  assert.equal(sniffImage(Buffer.from('<?xml version="1.0"?>\n<svg viewBox="0 0 1 1"/>'))?.kind, 'svg');
  assert.equal(sniffImage(Buffer.from('<!doctype html><html><body>Not found</body></html>')), null);
  assert.equal(sniffImage(new Uint8Array(0)), null);
  const webp = Buffer.alloc(30);
  webp.write('RIFF', 0);
  webp.write('WEBPVP8X', 8);
  webp.writeUIntLE(99, 24, 3);
  webp.writeUIntLE(49, 27, 3);
  assert.deepEqual(sniffImage(webp), { kind: 'webp', width: 100, height: 50 });
});
