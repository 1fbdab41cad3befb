import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.ts';

/** A book-sized page: a menu, then `count` paragraphs under chapter headings, then a footer. */
function bookPage(count: number, open: string, close: string): string {
  const parts = ['<!doctype html><html lang="en"><head><title>The Long Book</title></head><body>'];
  parts.push('<nav><ul><li><a href="/">Home page</a></li><li><a href="/shop">Visit the shop</a></li></ul></nav>', open, '<h1>The Long Book</h1>');
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) parts.push(`<h2>Chapter ${i / 20 + 1}</h2>`);
    parts.push(`<p>Paragraph ${i} opens here, and the <em>reader</em> follows the <em>story</em> of the long book through one more <em>page</em> of quiet, careful prose about rivers, towns and the people living beside them, until paragraph ${i} ends.</p>`);
  }
  parts.push(close, '<footer><p>Copyright 2026 The Long Book Press, all rights reserved.</p></footer></body></html>');
  return parts.join('');
}

function assertWholeBook(html: string, count: number): void {
  assert.ok(html.length > 5_000_000, `${html.length} characters`);
  const { text } = extractArticle(html);
  // Checked as booleans: a failure printing 5 MB of text helps nobody.
  assert.ok(text.startsWith('Chapter 1\n\nParagraph 0 opens here'), text.slice(0, 200));
  assert.ok(text.endsWith(`until paragraph ${count - 1} ends.`), text.slice(-200));
  assert.equal(text.match(/^Chapter \d+$/gm)?.length, count / 20);
  assert.ok(!/Visit the shop|Copyright 2026/.test(text), 'menu or footer kept');
}

test('a 5 MB book in an <article> is extracted whole, without its menu and footer', () => {
  const count = 25_000;
  assertWholeBook(bookPage(count, '<article>', '</article>'), count);
});

test('a 5 MB book without article markup (too big for Readability) is extracted whole, without its menu and footer', () => {
  const count = 25_000;
  assertWholeBook(bookPage(count, '<div>', '</div>'), count);
});
