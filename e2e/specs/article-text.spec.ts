// Highlight offsets cross the bridge as offsets into the article's text. Core computes that text
// with linkedom (electron/core/annotations/article-text.ts); the reader takes textContent of
// #article-body in Chromium. This checks the two agree on the document the reader really loads
// (protocol/article-document.ts), for tricky hand-written bodies and for what the importers produce.
import { test, expect } from '@playwright/test';
import { articleText } from '../../electron/core/annotations/article-text.ts';
import { importPastedText } from '../../electron/core/importers/import-content.ts';
import { articleDocumentStream } from '../../electron/core/protocol/article-document.ts';
import { bodyFromBytes } from '../../electron/core/library/stored-body.ts';
import type { Article } from '../../electron/shared/models.ts';

const article: Article = {
  id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  title: 'Text check',
  byline: null,
  siteName: null,
  source: { kind: 'pasted', value: 'test' },
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: '',
  leadImage: null,
  wordCount: 1,
  readingMinutes: 1,
  archived: false,
  favorite: false,
  finishedAt: null,
  progress: null,
  hasNote: false,
  tags: [],
  note: '',
  noteUpdatedAt: null,
};

const HAND_WRITTEN: Record<string, string> = {
  'entities and breaks': '<p>a &amp; b &copy; &notanentity; &#x1F600; x<br>y&nbsp;z</p>',
  'pre keeps all but its first newline': '<pre>\nline1\r\nline2\n</pre><pre><code>\nx = 1\n</code></pre>',
  'lists and tables with whitespace': '<ul>\n<li>one<li>two</ul>\n<table>\n<tr><td>c</td><td> d </td></tr>\n</table>',
  'unclosed and nested paragraphs': '<p>one<p>two</p></p><blockquote>q &lt;b&gt;</blockquote>',
  'figures, images and captions': '<figure><img alt="not text" src="/x.png"><figcaption>cap</figcaption></figure>',
  'mixed scripts and marks': '<p dir="rtl">שלום עולם, مرحبا</p><p>日本語のテキスト。 e\u0301 👩‍👩‍👧</p>',
};

const WEB_PAGE = `<!doctype html><html><head><title>Rivers of the north</title></head><body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article><h1>Rivers of the north</h1><p class="byline">By Ada Brennan</p>
${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}: the river ran slowly past the mill &amp; the market, and nobody was in a hurry to be anywhere at all that morning.</p>`).join('\n')}
<pre>\nfn main() {\n    println!("hi");\n}</pre>
<ul>\n  <li>First <em>item</em></li>\n  <li>Second item</li>\n</ul>
<figure><img src="https://example.com/a.jpg" alt="a mill"><figcaption>The mill in 1902.</figcaption></figure>
</article><footer>© 2026 Quiet Press</footer></body></html>`;

function importedBodies(): Record<string, string> {
  return {
    'imported plain text': importPastedText('A title\n\nFirst   paragraph\nwith a wrapped line.\n\n    indented code\n\n1. one\n2. two', 'text').html,
    'imported Markdown': importPastedText('# Title\n\nSome *emphasis*, `code` & a [link](https://example.com).\n\n```\nfenced\n  block\n```\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |', 'markdown').html,
    'imported web page': importPastedText(WEB_PAGE, 'html').html,
  };
}

test('core computes exactly the textContent Chromium gives #article-body', async ({ page }) => {
  const bodies = { ...HAND_WRITTEN, ...importedBodies() };
  for (const [name, body] of Object.entries(bodies)) {
    await page.setContent(await new Response(articleDocumentStream(article, bodyFromBytes(Buffer.from(body)))).text());
    const inBrowser = await page.evaluate(() => document.getElementById('article-body')?.textContent ?? null);
    expect(articleText(body), name).toBe(inBrowser);
  }
});
