import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsArticlePicture, isInRunningText } from './content-guards.ts';
import { extractArticle } from './extract-article.ts';
import { parseDocument } from './parse-document.ts';

const story = (sentences: string): string =>
  `<!doctype html><html lang="en"><head><title>Regulators and the merger | Daily Ledger</title></head><body>
  <nav><a href="/">Home</a> <a href="/business">Business</a></nav>
  <article><h1>Regulators and the merger</h1><div class="article-body">${sentences}</div></article>
  <footer>© Daily Ledger</footer></body></html>`;

/** Paragraphs of prose whose links look like furniture to one rule or another (names, link text, rel). */
const PARAGRAPHS = [
  // The New York Times marked topic links with class="meta-org"/"meta-per"; "meta" names page furniture.
  'The board voted on Tuesday to reverse its position on <a href="/topic/huawei" class="meta-org">Huawei</a> and lift the ban on its equipment, a decision that surprised analysts.',
  '<a href="/topic/yahoo" class="meta-org">Yahoo</a>’s $4.8 billion sale to <a href="/topic/verizon" class="meta-org">Verizon</a> is expected to close early next year, people close to the talks said.',
  'According to <a href="https://reuters.example/x">Reuters</a>, the regulator will publish its findings in a <a href="/newsletter">newsletter</a> to members before the hearing in March.',
  'The chief executive, <a rel="author" href="/people/lee" class="author-link">Kim Lee</a>, told investors that the company would <a href="/subscribe" class="share-button">subscribe</a> to the new standard.',
  'Critics on <a href="https://facebook.example/group" class="social">Facebook</a> argued that the merger would <span class="tag">raise prices</span> for rural customers within two years.',
  'Shares rose <a href="/markets" class="related">three percent</a> after the announcement, and the <a href="#note-1">footnote</a> explains how the figure was computed.',
];
const FILLER = Array.from({ length: 5 }, (_, i) => `<p>Background paragraph ${i} recounts the history of the two companies and the long negotiations between them, which began years ago.</p>`).join('');

const words = (text: string): string[] => text.replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean);

describe('running text', () => {
  test('no word of a kept paragraph is lost to link, name or text rules', () => {
    const { text } = extractArticle(story(FILLER + PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')), { url: 'https://ledger.example/merger' });
    const flat = text.replace(/\s+/g, ' ');
    for (const paragraph of PARAGRAPHS) {
      const expected = words(paragraph).join(' ');
      assert.ok(flat.includes(expected), `paragraph lost words:\n  expected: ${expected}\n  in: ${flat}`);
    }
  });

  test('a link inside a sentence is running text; a byline span before the body is not', () => {
    const doc = parseDocument(`<html><body><p>The sale to <a id="in" class="meta-org" href="/v">Verizon</a> is expected to close early next year.</p>
      <header><h1>Headline of the story</h1><span id="by" class="byline">By <a href="/x">Anja</a> on 14 May</span></header>
      <div class="teasers"><a id="alone" href="/a">Another story</a><a href="/b">And one more story here</a></div></body></html>`);
    const byId = (id: string) => doc.querySelector(`#${id}`)!;
    assert.equal(isInRunningText(byId('in')), true);
    assert.equal(isInRunningText(byId('by')), false);
    assert.equal(isInRunningText(byId('alone')), false);
  });
});

describe('article pictures', () => {
  const block = (inner: string) => parseDocument(`<html><body><div id="b">${inner}</div></body></html>`).querySelector('#b')!;

  test('a photo with a short credit link is the article picture', () => {
    assert.equal(holdsArticlePicture(block('<img src="/p.jpg" alt="Harbour"><a href="https://agency.example">Photo: Reuters</a>')), true);
    // A lightbox link to the picture itself or to an anchor keeps it the article's.
    assert.equal(holdsArticlePicture(block('<a href="/p-big.jpg"><img src="/p.jpg"></a>')), true);
    assert.equal(holdsArticlePicture(block('<a href="#img-1"><img src="/p.jpg"></a>')), true);
  });

  test('teasers, contact boxes, icons and counters are not', () => {
    assert.equal(holdsArticlePicture(block('<a href="/other-story"><img src="/t.jpg"></a>')), false);
    assert.equal(holdsArticlePicture(block('<h2>See also</h2><img src="/t.jpg"><a href="/x">A headline that links to another story on the site</a>')), false);
    assert.equal(holdsArticlePicture(block('<img src="/face.jpg"><a href="tel:1">030 1</a><a href="mailto:a@b.c">Mail</a>')), false);
    assert.equal(holdsArticlePicture(block('<img src="/flag.png" width="16" height="11"><img class="avatar" src="/me.jpg">')), false);
    assert.equal(holdsArticlePicture(block('<img src="https://counter.example/fcounter.php?id=1">')), false);
  });
});
