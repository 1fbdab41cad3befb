import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './parse-document.ts';
import { normalizedText, textLength, textLengthUpTo } from './text-metrics.ts';

test('textLengthUpTo is textLength up to the limit, and some number above the limit past it', () => {
  const doc = parseDocument('<body><div id="a">  Two\u00a0 words <b>and\n\tmore</b>  <i> </i>text  </div></body>');
  const el = doc.querySelector('#a')!;
  const full = textLength(el);
  assert.equal(full, 'Two words and more text'.length);
  for (const limit of [full, full + 1, Infinity]) assert.equal(textLengthUpTo(el, limit), full);
  for (const limit of [0, 5, full - 1]) assert.ok(textLengthUpTo(el, limit) > limit);
});

test('textLengthUpTo reads a wrapper around a long article no further than the limit', () => {
  const doc = parseDocument(`<body><div id="a">${'<p>A sentence of the story.</p>'.repeat(10_000)}</div></body>`);
  let reads = 0;
  const el = doc.querySelector('#a')!;
  for (const p of el.querySelectorAll('p')) {
    const text = p.firstChild!;
    const data = text.textContent;
    Object.defineProperty(text, 'textContent', { get: () => (reads++, data) });
  }
  assert.ok(textLengthUpTo(el, 200) > 200);
  assert.ok(reads < 20, `${reads} text nodes read`);
});

test('textLength counts what the collapsed text holds, whatever the white space', () => {
  const samples = [
    '<div id="a"></div>',
    '<div id="a">   </div>',
    '<div id="a">\u3000全角\u3000スペース\u2003em\u00a0nbsp\ufeff</div>',
    '<div id="a"> lead <p>one</p><p> two </p><!-- a comment --> <span>\n\n</span>tail </div>',
    '<div id="a">😀 emoji\u2028line\u2029para \u200b zero-width</div>',
  ];
  for (const html of samples) {
    const el = parseDocument(`<body>${html}</body>`).querySelector('#a')!;
    assert.equal(textLength(el), normalizedText(el).length, html);
  }
});
