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

describe('bylines', () => {
  const body = (inner: string, headInner = '<title>A story about harbours</title>') => readPageMetadata(parseDocument(`<!doctype html><html><head>${headInner}</head><body>${inner}<p>x</p></body></html>`));

  test('JSON-LD authors by reference into @graph, and people before an organisation', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': 'https://x.example/#/person/1', name: 'Ada Lovelace' },
        { '@type': 'NewsArticle', headline: 'H', author: [{ '@id': 'https://x.example/#/person/1' }, { '@type': 'Person', name: 'Grace Hopper' }] },
      ],
    });
    assert.equal(body('', `<script type="application/ld+json">${graph}</script>`).byline, 'Ada Lovelace, Grace Hopper');
    const org = JSON.stringify({ '@type': 'Article', headline: 'H', author: { '@type': 'Organization', name: 'ACLU' } });
    assert.equal(body('<p class="byline">By Jennifer Stisa Granick</p>', `<script type="application/ld+json">${org}</script>`).byline, 'Jennifer Stisa Granick');
    assert.equal(body('', `<script type="application/ld+json">${org}</script>`).byline, 'ACLU');
  });

  test('polluted meta tags and visible bylines are cleaned', () => {
    assert.equal(body('', '<meta name="author" content="Steven Musil January 18, 2017 11:00 PM PST @stevenmusil">').byline, 'Steven Musil');
    assert.equal(body('', '<meta name="byl" content="By Jane Doe and John Roe">').byline, 'Jane Doe, John Roe');
    assert.equal(body('<div class="byline"><span>Dan Goodin</span> - <time>Apr 16, 2015 8:02 pm UTC</time></div>').byline, 'Dan Goodin');
    assert.equal(body('<div class="author-avatar"><span class="byline">J J</span></div>').byline, null);
  });

  test('rel=author and itemprop=author, the authors of this byline only', () => {
    assert.equal(
      body('<div class="meta">By <a rel="author" href="/a">Ann Bell</a> and <a rel="author" href="/b">Carl Dunn</a></div><ul class="more"><li><a rel="author" href="/z">Zoe Other</a></li></ul><footer>Theme by <a rel="author" href="https://theme.example">ThemeGrill</a></footer>').byline,
      'Ann Bell, Carl Dunn',
    );
    assert.equal(body('<footer class="site-footer">Theme by <a rel="author" href="https://theme.example">ThemeGrill</a></footer><span class="by">Eve Field</span>').byline, null);
    assert.equal(body('<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Shana Nys Dambrot"></span>').byline, 'Shana Nys Dambrot');
  });
});

describe('titles and dates', () => {
  test('the page\'s own <h1> picks the headline out of a <title> with a long site name', () => {
    const doc = parseDocument(head('<title>Short headline here | A Very Long Site Name With Many Words</title>').replace('<p>x</p>', '<h1>Short headline here</h1><p>x</p>'));
    assert.equal(readPageMetadata(doc).title, 'Short headline here');
  });

  test('a blog name set as <h1> and linked home is not taken for the headline', () => {
    const doc = parseDocument(head('<title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title>').replace('<p>x</p>', '<h1><a href="http://blog.example">Liebe geht durch den Magen</a></h1><p>x</p>'));
    assert.equal(readPageMetadata(doc).title, 'Rinderleber mit Apfel und Zwiebel');
  });

  test('og:title wins over <title>, and a title an <h1> repeats whole is kept whole', () => {
    assert.equal(readPageMetadata(parseDocument(head('<title>Site | Other</title><meta property="og:title" content="The real headline">'))).title, 'The real headline');
    const doc = parseDocument(head('<title>Café — déjà vu</title>').replace('<p>x</p>', '<h1>Café — déjà vu</h1><p>x</p>'));
    assert.equal(readPageMetadata(doc).title, 'Café — déjà vu');
  });

  test('the date marked as published wins over the first <time> on the page', () => {
    const doc = parseDocument('<html><head><title>T</title></head><body><aside><time datetime="2019-01-01">Jan 1</time></aside><p>Posted <time itemprop="datePublished" datetime="2021-06-02T08:00:00Z">June 2</time></p></body></html>');
    assert.equal(readPageMetadata(doc).publishedAt, '2021-06-02T08:00:00.000Z');
  });
});
