import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './parse-document.ts';
import { readPageMetadata } from './page-metadata.ts';

const head = (inner: string, htmlAttrs = ''): string => `<!doctype html><html${htmlAttrs}><head>${inner}</head><body><p>x</p></body></html>`;

const JSON_LD = `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Not the article' },
    {
      '@type': 'NewsArticle',
      headline: 'From JSON-LD',
      author: [{ '@type': 'Person', name: 'Ada One' }, { '@type': 'Person', name: 'Bo Two' }],
      datePublished: '2024-03-05T10:00:00+01:00',
      publisher: { '@type': 'Organization', name: 'LD Times' },
      image: { '@type': 'ImageObject', url: 'https://ld.example/lead.jpg' },
      inLanguage: 'de-DE',
    },
  ],
})}</script>`;

const OPEN_GRAPH = `<meta property="og:title" content="From OG"><meta property="og:site_name" content="OG Site">
<meta property="article:published_time" content="2023-01-02"><meta property="og:image" content="https://og.example/i.jpg">
<meta property="og:description" content="OG description &amp;amp; more">`;

const PLAIN = `<title>From Title | Plain Site</title><meta name="author" content="By Carla Meta">
<meta name="description" content="Plain description"><link rel="canonical" href="https://plain.example/a">`;

describe('readPageMetadata', () => {
  test('JSON-LD wins over OpenGraph and plain meta', () => {
    const md = readPageMetadata(parseDocument(head(JSON_LD + OPEN_GRAPH + PLAIN)));
    assert.equal(md.title, 'From JSON-LD');
    assert.equal(md.byline, 'Ada One, Bo Two');
    assert.equal(md.siteName, 'LD Times');
    assert.equal(md.publishedAt, '2024-03-05T09:00:00.000Z');
    assert.equal(md.lang, 'de-DE');
    assert.equal(md.canonicalUrl, 'https://plain.example/a');
    assert.equal(md.leadImage, 'https://og.example/i.jpg');
  });

  test('OpenGraph wins over plain meta when there is no JSON-LD', () => {
    const md = readPageMetadata(parseDocument(head(OPEN_GRAPH + PLAIN)));
    assert.equal(md.title, 'From OG');
    assert.equal(md.siteName, 'OG Site');
    assert.equal(md.publishedAt, '2023-01-02T00:00:00.000Z');
    assert.equal(md.byline, 'Carla Meta');
    assert.equal(md.excerpt, 'Plain description');
  });

  test('falls back to <title> without the site suffix, and reads lang/dir from <html>', () => {
    const md = readPageMetadata(parseDocument(head(PLAIN, ' lang="ar" dir="rtl"')));
    assert.equal(md.title, 'From Title');
    assert.equal(md.lang, 'ar');
    assert.equal(md.dir, 'rtl');
    assert.equal(md.jsonLd, null);
  });

  test('survives broken JSON-LD', () => {
    const md = readPageMetadata(parseDocument(head('<script type="application/ld+json">{ not json</script>' + PLAIN)));
    assert.equal(md.title, 'From Title');
  });

  test('reads the visible byline when the head names no author', () => {
    const doc = parseDocument('<html><head><title>A story here</title></head><body><p class="byline">By <a rel="author" href="/x">Dana Quill</a></p><p>x</p></body></html>');
    assert.equal(readPageMetadata(doc).byline, 'Dana Quill');
  });

  test('drops the site name from og:title', () => {
    const doc = parseDocument(head('<meta property="og:site_name" content="Coast Post"><meta property="og:title" content="Harbour at dawn | Coast Post">'));
    assert.equal(readPageMetadata(doc).title, 'Harbour at dawn');
  });
});
