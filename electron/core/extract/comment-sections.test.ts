import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.ts';

const POST = [
  'The old lighthouse keeper kept a log of every ship that passed, and the log survived the fire that took the keeper’s cottage.',
  'Historians found it in a trunk in the attic of the harbour office, wrapped in oilcloth, and began to read it last winter.',
  'It records storms, wrecks, rescues and the slow arrival of steam, in a hand that grows shakier over forty years of entries.',
];
const COMMENT = (n: number) =>
  `Comment number ${n}: I grew up near that harbour and my grandfather told stories about the keeper, who was said to be stern but kind to children who visited, and who kept his lamp burning through the worst storm of the century.`;
const thread = (wrap: (n: number) => string, count = 25) => Array.from({ length: count }, (_, i) => wrap(i + 1)).join('\n');
// Themes often put the thread inside the post's <article>; a long one outweighs the post itself.
const page = (comments: string, head = '') => `<!doctype html><html lang="en"><head><title>The keeper’s log | Harbour Notes</title>${head}</head><body>
  <article><h1>The keeper’s log</h1>
  ${POST.map((p) => `<p>${p}</p>`).join('')}
  ${comments}</article></body></html>`;

const extract = (html: string) => extractArticle(html, { url: 'https://harbour.example/keepers-log' }).text;

function assertPostWithoutComments(text: string): void {
  for (const sentence of POST) assert.ok(text.includes(sentence), `post lost "${sentence.slice(0, 40)}…":\n${text.slice(0, 400)}`);
  assert.doesNotMatch(text, /Comment number/);
}

describe('comment sections never win over the article', () => {
  test('a long thread named "comments" (WordPress, Disqus) leaves the post', () => {
    assertPostWithoutComments(extract(page(`<div id="comments" class="comments-area"><h2>25 thoughts</h2><ol class="comment-list">${thread((n) => `<li class="comment"><div class="comment-content"><p>${COMMENT(n)}</p></div></li>`)}</ol></div>`)));
    assertPostWithoutComments(extract(page(`<div id="disqus_thread"><div>${thread((n) => `<div class="post-message"><p>${COMMENT(n)}</p></div>`)}</div></div>`)));
    assertPostWithoutComments(extract(page(`<section class="post-comments">${thread((n) => `<article><p>${COMMENT(n)}</p></article>`)}</section>`)));
  });

  test('microdata comments (itemprop=comment, itemtype Comment) go, whatever their class', () => {
    assertPostWithoutComments(extract(page(`<div class="thread">${thread((n) => `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p itemprop="text">${COMMENT(n)}</p></div>`)}</div>`)));
    assertPostWithoutComments(extract(page(`<div class="thread">${thread((n) => `<div itemscope itemtype="http://schema.org/Comment"><p>${COMMENT(n)}</p></div>`)}</div>`)));
  });

  test('comments declared in JSON-LD are found in unnamed markup', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'The keeper’s log',
      comment: Array.from({ length: 25 }, (_, i) => ({ '@type': 'Comment', text: COMMENT(i + 1) })),
    };
    const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    assertPostWithoutComments(extract(page(`<div class="x1">${thread((n) => `<div class="x2"><b>Reader ${n}</b><p>${COMMENT(n)}</p></div>`)}</div>`, head)));
  });

  test('a comments link, a comment count and a post marked "comments-open" are not comment sections', () => {
    const text = extract(`<!doctype html><html><head><title>The keeper’s log</title></head><body>
      <article class="post comments-open"><h1>The keeper’s log</h1><div class="entry">${POST.map((p) => `<p>${p}</p>`).join('')}
      <p>Read the <a class="comments-link" href="#comments">discussion</a> about this log and <span class="comment-count">12 comments</span> so far, all of them kind.</p></div></article></body></html>`);
    for (const sentence of POST) assert.ok(text.includes(sentence));
    assert.match(text, /Read the discussion about this log and 12 comments so far/);
  });

  test('a forum thread, all comments, is kept', () => {
    const text = extract(`<!doctype html><html><head><title>Best lighthouse books?</title></head><body>
      <div id="comments">${thread((n) => `<div class="comment"><p>${COMMENT(n)}</p></div>`, 6)}</div></body></html>`);
    assert.match(text, /Comment number 1:/);
  });
});
