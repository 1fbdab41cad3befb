// The icon renderer produces exact sizes with transparent corners, trimming the margin only for small icons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { renderPng } from './render-icons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'));

function pixels(png) {
  // Re-read the PNG through resvg's image support to get RGBA pixels.
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${png.readUInt32BE(16)}" height="${png.readUInt32BE(20)}"><image width="100%" height="100%" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(wrapper).render();
  return { width: image.width, data: image.pixels };
}

const alphaAt = ({ width, data }, x, y) => data[(y * width + x) * 4 + 3];

test('renders each size exactly, with a transparent corner and an opaque centre', () => {
  for (const size of [16, 32, 256]) {
    const png = renderPng(svg, size);
    assert.equal(png.readUInt32BE(16), size);
    assert.equal(png.readUInt32BE(20), size);
    const img = pixels(png);
    assert.equal(alphaAt(img, 0, 0), 0, `corner of ${size}`);
    assert.equal(alphaAt(img, size >> 1, size >> 1), 255, `centre of ${size}`);
  }
});

test('small sizes use more of the canvas than large ones', () => {
  // Row 10% down from the top: inside the tile for the trimmed 32 px icon, in the margin for 256 px.
  const small = pixels(renderPng(svg, 32));
  const large = pixels(renderPng(svg, 256));
  assert.ok(alphaAt(small, 16, Math.round(32 * 0.1)) > 200);
  assert.equal(alphaAt(large, 128, Math.round(256 * 0.06)), 0);
});
