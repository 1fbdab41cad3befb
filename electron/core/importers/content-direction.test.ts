import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDirection } from './content-direction.ts';
import { importHtmlContent } from './html-importer.ts';

const HEBREW = 'זהו מאמר ארוך בעברית על קריאה איטית ועל תשומת לב. ';
// More Latin letters than Hebrew ones: only a declaration can make this right to left.
const MIXED = `${HEBREW} Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. `.repeat(4);

function page(htmlAttrs: string, articleAttrs: string, text: string): string {
  return `<!doctype html><html ${htmlAttrs}><head><title>כותרת</title></head><body><article ${articleAttrs}><h1>כותרת</h1><p>${text}</p><p>${text}</p></article></body></html>`;
}

const extracted = (lang: string | null) => ({ dir: 'ltr' as const, lang, text: MIXED });

test('dir on <article> or <main> counts when <html> and <body> say nothing', () => {
  assert.equal(pageDirection(page('lang="en"', 'dir="rtl"', 'x'), extracted('en')), 'rtl');
  assert.equal(pageDirection('<html><body><main dir=rtl><p>x</p></main>', extracted('en')), 'rtl');
  assert.equal(pageDirection(page('dir="ltr"', 'dir="rtl"', 'x'), extracted('he')), 'ltr', 'what <html> declares wins');
  assert.equal(pageDirection(page('lang="en"', '', 'x'), extracted('en')), 'ltr');
});

test('a right-to-left language without any dir is right to left', () => {
  assert.equal(pageDirection(page('', '', 'x'), extracted('he')), 'rtl');
  assert.equal(pageDirection(page('', '', 'x'), extracted('ar-EG')), 'rtl');
  assert.equal(pageDirection(page('', '', 'x'), extracted('fa_IR')), 'rtl');
  assert.equal(pageDirection(page('', '', 'x'), extracted('en-GB')), 'ltr');
});

test('a page that says dir="rtl" only on its <article> imports right to left', () => {
  assert.equal(importHtmlContent(page('lang="en"', 'dir="rtl"', MIXED)).dir, 'rtl');
  assert.equal(importHtmlContent(page('lang="he"', '', MIXED)).dir, 'rtl');
  assert.equal(importHtmlContent(page('lang="en"', '', MIXED)).dir, 'ltr');
});
