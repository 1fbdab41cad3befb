import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { hasImageMarkers, markRemoteImages, restoreMarkedImages } from './image-markers.ts';

const BASE = 'https://news.example/2024/story';
const nothingNow = () => false;

function elements(html: string, selector: string) {
  return [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll(selector)];
}

test('a picture on the web becomes a quiet marker that names no address the reader could load', () => {
  const html = '<p>Before</p><picture><source srcset="/big.webp 1200w"><img src="/small.jpg" alt="A  heron\n at dawn" width="640" height="480"></picture><p>After</p>';
  const marked = markRemoteImages(html, { baseUrl: BASE, handledNow: nothingNow });
  assert.equal(marked.marked, 1);
  assert.doesNotMatch(marked.html, /<img|<picture|<source|src=|srcset=/);
  const [marker] = elements(marked.html, 'span.image-missing');
  assert.equal(marker?.getAttribute('role'), 'img');
  assert.equal(marker?.getAttribute('aria-label'), 'Image not downloaded yet: A heron at dawn');
  assert.equal(marker?.textContent, 'Image not downloaded yet: A heron at dawn');
  assert.deepEqual(JSON.parse(marker?.getAttribute('data-lectern-image') ?? ''), {
    urls: ['https://news.example/big.webp', 'https://news.example/small.jpg'],
    alt: 'A heron at dawn',
    width: '640',
    height: '480',
  });
  assert.equal(hasImageMarkers(marked.html), true);
});

test('pictures the import stores now, tracking pixels and pictures without a web address are left for localizeImages', () => {
  const html = [
    '<img src="./_resources/a.png" alt="kept">',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
    '<img src="https://track.example/p.gif" width="1" height="1">',
    '<img src="ftp://old.example/x.png" alt="no web">',
  ].join('');
  const handledNow = (url: string) => url === 'https://news.example/2024/_resources/a.png' || url.startsWith('data:');
  const marked = markRemoteImages(html, { baseUrl: BASE, handledNow });
  assert.equal(marked.marked, 0);
  assert.equal(marked.html, html, 'left exactly as it was');
  assert.equal(hasImageMarkers(marked.html), false);
});

test('markers become <img> elements again, with their addresses where localizeImages looks first and nothing else', () => {
  const { html } = markRemoteImages('<p>One</p><img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a-2x.jpg 2x" alt="Weir" width="800" height="600">', {
    baseUrl: BASE,
    handledNow: nothingNow,
  });
  const restored = restoreMarkedImages(html);
  assert.equal(restored.restored, 1);
  const [img] = elements(restored.html, 'img');
  assert.deepEqual(
    ['alt', 'width', 'height', 'data-src', 'data-lazy-src', 'src'].map((name) => img?.getAttribute(name) ?? null),
    ['Weir', '800', '600', 'https://cdn.example/a-2x.jpg', 'https://cdn.example/a.jpg', null],
  );
  assert.equal(hasImageMarkers(restored.html), false);
  assert.match(restored.html, /^<p>One<\/p><img /);
});

test('a damaged marker becomes an <img> with no address (a placeholder later), and never more than the checked fields', () => {
  const damaged = '<span class="image-missing" data-lectern-image="{not json">Image not downloaded yet</span>';
  const hostile = `<span data-lectern-image='${JSON.stringify({ urls: ['javascript:alert(1)', 'https://ok.example/p.png'], alt: 'x', width: '100%" onload="x', height: '2' })}'>x</span>`;
  const restored = restoreMarkedImages(damaged + hostile);
  assert.equal(restored.restored, 2);
  const [first, second] = elements(restored.html, 'img');
  assert.deepEqual([...(first?.attributes ?? [])].map((attribute) => attribute.name), ['alt']);
  assert.deepEqual([...(second?.attributes ?? [])].map((attribute) => `${attribute.name}=${attribute.value}`).sort(), ['alt=x', 'data-src=https://ok.example/p.png', 'height=2']);
});
