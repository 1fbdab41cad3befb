import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './parse-document.ts';
import { textLength, textLengthUpTo } from './text-metrics.ts';

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
