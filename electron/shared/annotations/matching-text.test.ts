import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { prepareMatchingText, stripIgnored, toOriginalRange, toStrippedOffset } from './matching-text.ts';

describe('matching text', () => {
  const original = ' One\u00a0two\n\n  thr\u00adee\u200bfour ';

  test('drops whitespace and invisible break hints, remembering original offsets', () => {
    const m = prepareMatchingText(original);
    assert.equal(m.stripped, 'Onetwothreefour');
    assert.equal(stripIgnored(original), m.stripped);
    for (let i = 0; i < m.stripped.length; i++) assert.equal(original[m.toOriginal[i] as number], m.stripped[i]);
    assert.equal(m.toOriginal[m.stripped.length], original.length);
  });

  test('maps stripped ranges back onto the original text, hugging the kept characters', () => {
    const m = prepareMatchingText(original);
    const twoThree = m.stripped.indexOf('twothree');
    const r = toOriginalRange(m, twoThree, twoThree + 'twothree'.length);
    assert.equal(original.slice(r.start, r.end), 'two\n\n  thr\u00adee');
    assert.deepEqual(toOriginalRange(m, 3, 3), { start: m.toOriginal[3], end: m.toOriginal[3] });
  });

  test('maps original offsets forward to the next kept character', () => {
    const m = prepareMatchingText(original);
    assert.equal(toStrippedOffset(m, 0), 0);
    assert.equal(toStrippedOffset(m, original.indexOf('two') - 1), 3); // the NBSP before "two"
    assert.equal(toStrippedOffset(m, original.length), m.stripped.length);
  });

  test('handles text with no ignored characters and empty text', () => {
    assert.equal(prepareMatchingText('日本語のテキスト').stripped, '日本語のテキスト');
    const empty = prepareMatchingText('');
    assert.equal(empty.stripped, '');
    assert.deepEqual([...empty.toOriginal], [0]);
  });
});
