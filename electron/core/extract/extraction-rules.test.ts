import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.ts';

const sentence = (n: number): string =>
  `Sentence ${n} describes the harbour, the boats that left at dawn, and the fishermen who mended their nets in silence.`;
const paras = (from: number, count: number): string =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 100)}</p>`).join('\n');

const wrap = (body: string, head = '<title>Harbour at dawn | Coast Post</title>'): string =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

const extract = (html: string) => extractArticle(html, { url: 'https://coast.example/news/harbour' });

describe('boilerplate removal', () => {
  const page = wrap(`
    <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <main><article>
      <h1>Harbour at dawn</h1>
      <p class="byline">By <a rel="author" href="/staff/kim">Kim Lee</a></p>
      <div class="entry-content">
        ${paras(1, 4)}
        <div class="share-buttons"><a href="https://twitter.example/s">Tweet this</a> <a href="https://fb.example/s">Share on Facebook</a></div>
        ${paras(10, 3)}
        <div class="newsletter-signup"><p>Get the Morning Brief in your inbox every day</p></div>
        <h3>Related articles</h3>
        <ul><li><a href="/a">Storm closes ferry line</a></li><li><a href="/b">New pier opens in spring</a></li></ul>
      </div>
      <section id="comments" class="comments-area"><h2>3 comments</h2><p>Reader Joe says: first!</p></section>
    </article>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/c">Lottery winner found</a></li></ul></aside></main>
    <footer class="site-footer">© Coast Post. All rights reserved. Imprint. Privacy.</footer>`);

  test('keeps every paragraph of the story', () => {
    const { text } = extract(page);
    for (const n of [1, 4, 10, 12]) assert.ok(text.includes(sentence(n)), `sentence ${n} missing`);
  });

  test('drops navigation, cookie, share, newsletter, related, comments, sidebar and footer', () => {
    const { text } = extract(page);
    for (const junk of ['World', 'cookies', 'Tweet this', 'Morning Brief', 'Related articles', 'Storm closes ferry', 'first!', 'Lottery winner', 'All rights reserved']) {
      assert.ok(!text.includes(junk), `"${junk}" should be gone:\n${text}`);
    }
  });

  test('drops the repeated headline and the byline from the body but keeps them as metadata', () => {
    const article = extract(page);
    assert.equal(article.title, 'Harbour at dawn');
    assert.ok(!article.text.startsWith('Harbour at dawn'), article.text.slice(0, 80));
    assert.ok(!article.text.includes('Kim Lee'));
  });
});

describe('structure and images', () => {
  const page = wrap(`<article class="post"><div class="post-content">
    ${paras(1, 3)}
    <h2>Section two</h2>
    <ul><li>First point about the tides</li><li>Second point about the moon</li></ul>
    <blockquote><p>The sea gives and the sea takes, said the harbour master.</p></blockquote>
    <pre><code class="language-js">const tide = moon.pull();</code></pre>
    <table><tr><th>Boat</th><th>Catch</th></tr><tr><td>Marie</td><td>40 kg</td></tr></table>
    <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/boats.jpg" data-srcset="/img/boats-800.jpg 800w, /img/boats-1600.jpg 1600w" alt="Boats"><figcaption>Boats at the pier.</figcaption></figure>
    <p><img class="lazy" src="/img/placeholder.png" data-lazy-src="https://cdn.coast.example/net.jpg" alt="Net"></p>
    <img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="Pier"><noscript><img src="/img/pier.jpg" alt="Pier"></noscript>
    ${paras(20, 2)}
  </div></article>`);

  test('keeps headings, lists, quotes, code, tables and captioned figures', () => {
    const { html } = extract(page);
    for (const part of ['<h2>Section two</h2>', '<li>First point about the tides</li>', '<blockquote>', '<code class="language-js">', '<th>Boat</th>', '<figcaption>Boats at the pier.</figcaption>']) {
      assert.ok(html.includes(part), `${part} missing`);
    }
  });

  test('leaves no empty wrappers behind', () => {
    const { html } = extract(page.replace('<h2>Section two</h2>', '<h2>Section two</h2><p> </p><div><span></span></div>'));
    assert.doesNotMatch(html, /<(p|div|span)>\s*<\/\1>/);
  });

  test('turns lazy images into real src/srcset with absolute URLs', () => {
    const { html, leadImage } = extract(page);
    assert.match(html, /src="https:\/\/coast\.example\/img\/boats\.jpg"/);
    assert.match(html, /srcset="https:\/\/coast\.example\/img\/boats-800\.jpg 800w, https:\/\/coast\.example\/img\/boats-1600\.jpg 1600w"/);
    assert.match(html, /src="https:\/\/cdn\.coast\.example\/net\.jpg"/);
    assert.match(html, /src="https:\/\/coast\.example\/img\/pier\.jpg"/);
    assert.doesNotMatch(html, /placeholder\.png|data:image\/svg/);
    assert.equal(leadImage, 'https://coast.example/img/boats.jpg');
  });
});

describe('recall rescues and fallbacks', () => {
  test('puts the standfirst from the article header back on top', () => {
    const page = wrap(`<article><header><h1>Harbour at dawn</h1>
      <p class="article-lead">The lead says in one sentence why the harbour matters to the whole town this year.</p></header>
      <div class="article-body">${paras(1, 4)}</div></article>`);
    const { text } = extract(page);
    assert.ok(text.startsWith('The lead says in one sentence'), text.slice(0, 120));
    assert.ok(text.includes(sentence(4)));
  });

  test('uses Readability scoring when the markup names nothing', () => {
    const page = wrap(`<div><div><a href="/">Home</a> <a href="/x">X</a></div><div><div>${paras(1, 5)}</div></div></div>`);
    const { text } = extract(page);
    assert.ok(text.includes(sentence(1)) && text.includes(sentence(5)));
  });

  test('keeps a tweet as a readable link card', () => {
    const page = wrap(`<div class="entry-content">${paras(1, 3)}<blockquote class="twitter-tweet"><p>Boats are back in the harbour today</p><a href="https://twitter.com/coast/status/42">May 1</a></blockquote>${paras(5, 2)}</div>`);
    const { html, text } = extract(page);
    assert.match(html, /<p class="embed-card"><a href="https:\/\/twitter\.com\/coast\/status\/42"/);
    assert.ok(text.includes('Boats are back in the harbour today'));
  });

  test('stays fast on absurdly deep nesting (Readability is quadratic there)', () => {
    const depth = 4000;
    const html = wrap(`${'<div>'.repeat(depth)}${paras(1, 3)}${'</div>'.repeat(depth)}`);
    const started = performance.now();
    const { text } = extract(html);
    assert.ok(text.includes(sentence(2)));
    // Unguarded this takes minutes; guarded it takes about a second even on a busy machine.
    assert.ok(performance.now() - started < 15000, `took ${Math.round(performance.now() - started)} ms`);
  });
});

describe('wikis and the Readability fallback', () => {
  test('Wikipedia headings lose their "[edit]" links', () => {
    const edit = (n: number) => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harbour&action=edit&section=${n}" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
    const page = wrap(`<div id="content" class="mw-body"><h1 id="firstHeading">Harbour</h1><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
      ${paras(1, 2)}<h2><span class="mw-headline" id="History">History</span>${edit(1)}</h2>${paras(3, 2)}
      <h3><span class="mw-headline" id="Boats">Boats</span><span class="editsection">[<a href="/edit/2">edit</a>]</span></h3>${paras(5, 2)}</div></div></div>`);
    const { text, html } = extract(page);
    assert.match(text, /^History$/m);
    assert.match(text, /^Boats$/m);
    assert.doesNotMatch(text, /\[edit\]|\bedit\b/);
    assert.doesNotMatch(html, /action=edit/);
  });

  test('when the markup holds only part of the story, Readability reads the page as it was before pruning', () => {
    // The named body holds one paragraph; the story goes on in unnamed markup that Readability scores.
    const page = wrap(`<div><div class="article-body">${paras(1, 2)}<div class="share-tools"><a href="/s">Share</a></div></div>
      <div class="column">${paras(10, 8)}</div></div>`);
    const { text } = extract(page);
    assert.ok(text.includes(sentence(10)) && text.includes(sentence(17)), text.slice(0, 300));
    assert.doesNotMatch(text, /Share/);
  });
});

