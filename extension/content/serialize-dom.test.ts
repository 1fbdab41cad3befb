import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { serializeDocument } from './serialize-dom.ts';

const page = (body: string, head = '<title>T</title>') => parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

test('keeps the rendered text, attributes and JSON-LD; leaves out scripts, styles, handlers and hidden parts', () => {
  const document = page(
    '<article><h1 class="t">Tides &amp; <em>time</em></h1><p onclick="steal()">A&nbsp;b "c" &lt;d&gt;</p><img src="/a.png" alt="A &quot;quote&quot;"></article>' +
      '<div hidden>cookie wall</div><details><div hidden="until-found">found me</div></details>' +
      '<script>window.x = 1</script><noscript>enable JS</noscript><style>p{}</style>',
    '<title>Tides</title><script type="application/ld+json"></script>',
  );
  // A page script can put any text into JSON-LD; set it directly, as the HTML parser would end it early.
  document.querySelector('script[type="application/ld+json"]')!.textContent = '{"author":"Maren </script> Holt"}';
  const html = serializeDocument(document);
  assert.ok(html.startsWith('<!DOCTYPE html><html lang="en"><head><title>Tides</title>'));
  assert.match(html, /<h1 class="t">Tides &amp; <em>time<\/em><\/h1>/);
  assert.match(html, /<p>A&nbsp;b "c" &lt;d&gt;<\/p>/);
  assert.match(html, /<img src="\/a.png" alt="A &quot;quote&quot;">/);
  assert.match(html, /<script type="application\/ld\+json">\{"author":"Maren <\\\/script> Holt"\}<\/script>/);
  assert.match(html, /found me/);
  for (const gone of ['window.x', 'enable JS', 'p{}', 'cookie wall', 'onclick']) assert.ok(!html.includes(gone), `${gone} is left out`);
});

test('text a script rendered into the page is what is sent', () => {
  const document = page('<main id="root"></main>');
  document.getElementById('root')!.innerHTML = '<article><p>Rendered by a script.</p></article>';
  assert.match(serializeDocument(document), /<main id="root"><article><p>Rendered by a script.<\/p><\/article><\/main>/);
});

test('an open shadow root with content is flattened into its host, slots filled from the light DOM', () => {
  const document = page('<story-card><span slot="title">Skerry Point</span>light text<em slot="unused">never shown</em></story-card>');
  const host = document.querySelector('story-card')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<style>h2{color:red}</style><h2><slot name="title"></slot></h2><p>From the shadow. <slot></slot></p><slot name="empty">fallback text</slot>';
  const html = serializeDocument(document);
  assert.match(html, /<story-card><h2><span slot="title">Skerry Point<\/span><\/h2><p>From the shadow. light text<\/p>fallback text<\/story-card>/);
  assert.ok(!html.includes('never shown'), 'light nodes no slot shows are not shown');
  assert.ok(!html.includes('color:red'));
});

test('a shadow root holding only styling keeps the light DOM as it is', () => {
  const document = page('<fancy-box><p>The article text.</p></fancy-box>');
  document.querySelector('fancy-box')!.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:block}</style>';
  assert.match(serializeDocument(document), /<fancy-box><p>The article text.<\/p><\/fancy-box>/);
});

test('a declarative shadow template is flattened; an inert template is left out', () => {
  const document = page(
    '<x-quote><template shadowrootmode="open"><blockquote><slot></slot> — from a template</blockquote></template>Words</x-quote><template id="row"><p>inert row</p></template>',
  );
  const html = serializeDocument(document);
  assert.match(html, /<x-quote><blockquote>Words — from a template<\/blockquote><\/x-quote>/);
  assert.ok(!html.includes('inert row'));
});

test('SVG keeps the case of its element and attribute names', () => {
  const document = page('<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient></svg>');
  const html = serializeDocument(document);
  assert.match(html, /viewBox="0 0 10 10"/);
});
