import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { locateTextOffset, textOffsetWithin } from './text-offset.ts';

function block(html: string) {
  const { document } = parseHTML(`<html><body><p id="b">${html}</p><p id="other">x</p></body></html>`);
  return { block: document.getElementById('b')!, document };
}

test('offsets count characters across inline elements', () => {
  const { block: b } = block('Hello <em>brave</em> new world');
  const em = b.childNodes[1]!;
  const brave = em.childNodes[0]!;
  assert.equal(textOffsetWithin(b, brave, 2), 8);
  const tail = b.childNodes[2]!;
  assert.equal(textOffsetWithin(b, tail, 1), 12);
});

test('element positions count the children before them', () => {
  const { block: b } = block('ab<em>cd</em>ef');
  assert.equal(textOffsetWithin(b, b, 1), 2);
  assert.equal(textOffsetWithin(b, b, 2), 4);
  assert.equal(textOffsetWithin(b, b, 3), 6);
});

test('a position outside the block is null', () => {
  const { block: b, document } = block('abc');
  const other = document.getElementById('other')!.childNodes[0]!;
  assert.equal(textOffsetWithin(b, other, 0), null);
});

test('locate inverts textOffsetWithin', () => {
  const { block: b } = block('One <a href="#">two <b>three</b></a> four');
  const text = b.textContent ?? '';
  for (let i = 0; i < text.length; i++) {
    const located = locateTextOffset(b, i)!;
    assert.equal(located.node.nodeValue![located.offset], text[i], `char ${i}`);
    assert.equal(textOffsetWithin(b, located.node, located.offset), i);
  }
});

test('offsets past the end clamp to the last character', () => {
  const { block: b } = block('abc');
  const located = locateTextOffset(b, 99)!;
  assert.equal(located.offset, 2);
});
