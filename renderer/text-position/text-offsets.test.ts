import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { createTextIndex, indexedLength, precedes } from './text-index.ts';
import { characterAt, rangePointsFromTextOffsets, textOffsetOfPoint, textOffsetsFromRange, type RangeLike } from './text-offsets.ts';

const HTML = `<html><body><p id="before">Outside before.</p><article id="a"><h1>Title <em>here</em></h1>
<p>Hello <b>bold <i>and italic</i></b> world.</p><!-- a comment --><ul>
  <li>one</li>
  <li>two 😀 ✓</li>
</ul><p dir="rtl">שלום עולם</p><p></p><p>日本語</p></article><p id="after">Outside after.</p></body></html>`;

function setup() {
  const { document } = parseHTML(HTML);
  const root = document.getElementById('a') as unknown as HTMLElement;
  return { document, root, text: root.textContent ?? '' };
}

/** The text between two boundary points, computed by walking the indexed nodes. */
function textBetween(root: Node, points: RangeLike): string {
  const o = textOffsetsFromRange(root, points);
  return (root.textContent ?? '').slice(o.start, o.end);
}

describe('text index', () => {
  test('covers exactly root.textContent', () => {
    const { root, text } = setup();
    const index = createTextIndex(root);
    assert.equal(index.nodes.map((n) => n.data).join(''), text);
    assert.equal(indexedLength(index), text.length);
  });

  test('document order', () => {
    const { document, root } = setup();
    const before = document.getElementById('before') as unknown as Node;
    const after = document.getElementById('after') as unknown as Node;
    assert.equal(precedes(before, root), true);
    assert.equal(precedes(root, before), false);
    assert.equal(precedes(after, root), false);
    assert.equal(precedes(root.firstChild as Node, root), false, 'a descendant is inside, not before');
  });
});

describe('textOffsetsFromRange / rangePointsFromTextOffsets', () => {
  test('round-trips every (start, end) pair on a document with inline, list, RTL, emoji and CJK text', () => {
    const { root, text } = setup();
    const index = createTextIndex(root);
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const points = rangePointsFromTextOffsets(index, s, e);
        assert.deepEqual(textOffsetsFromRange(index, points), { start: s, end: e }, `(${s}, ${e})`);
      }
    }
  });

  test('a range start at a node boundary belongs to the next node, an end to the previous one', () => {
    const { root, text } = setup();
    const at = text.indexOf('bold');
    const points = rangePointsFromTextOffsets(root, at, at + 'bold '.length);
    assert.equal((points.startContainer as Text).data, 'bold ');
    assert.equal(points.startOffset, 0);
    assert.equal((points.endContainer as Text).data, 'bold ');
    assert.equal(points.endOffset, 5);
  });

  test('element boundary points count the text before them', () => {
    const { root, text } = setup();
    const ul = root.querySelector('ul') as HTMLElement;
    const firstLi = ul.children[0] as Node;
    const offsetOfLi = textOffsetsFromRange(root, { startContainer: firstLi, startOffset: 0, endContainer: ul, endOffset: ul.childNodes.length });
    assert.equal(text.slice(offsetOfLi.start, offsetOfLi.end), 'one\n  two 😀 ✓\n');
    // Before the comment node and at the end of the root.
    const p = root.querySelectorAll('p')[0] as HTMLElement;
    const afterP = Array.prototype.indexOf.call(root.childNodes, p) + 1;
    const r = textOffsetsFromRange(root, { startContainer: root, startOffset: afterP, endContainer: root, endOffset: root.childNodes.length });
    assert.equal(text.slice(r.start, r.end), text.slice(text.indexOf('one') - 3));
  });

  test('points outside the root clamp to its start or end, and reversed ranges are ordered', () => {
    const { document, root, text } = setup();
    const before = (document.getElementById('before') as unknown as Node).firstChild as Node;
    const after = (document.getElementById('after') as unknown as Node).firstChild as Node;
    assert.deepEqual(textOffsetsFromRange(root, { startContainer: before, startOffset: 3, endContainer: after, endOffset: 2 }), { start: 0, end: text.length });
    const bold = root.querySelector('b') as HTMLElement;
    const r = textOffsetsFromRange(root, { startContainer: after, startOffset: 0, endContainer: bold, endOffset: 0 });
    assert.equal(text.slice(r.start, r.end), text.slice(text.indexOf('bold')));
  });

  test('a text with no text nodes maps every offset to the root', () => {
    const { document } = parseHTML('<div id="e"><img src="x.png"></div>');
    const empty = document.getElementById('e') as unknown as Node;
    const points = rangePointsFromTextOffsets(empty, 0, 5);
    assert.equal(points.startContainer, empty);
    assert.deepEqual(textOffsetsFromRange(empty, points), { start: 0, end: 0 });
    assert.equal(textBetween(empty, points), '');
  });
});

// The reading anchor's half: one point inside one block (reader/reading-anchor.ts).
describe('textOffsetOfPoint / characterAt', () => {
  function block(html: string) {
    const { document } = parseHTML(`<html><body><p id="b">${html}</p><p id="other">x</p></body></html>`);
    return { block: document.getElementById('b') as unknown as HTMLElement, document };
  }

  test('offsets count characters across inline elements', () => {
    const { block: b } = block('Hello <em>brave</em> new world');
    const brave = (b.childNodes[1] as Node).childNodes[0] as Node;
    assert.equal(textOffsetOfPoint(b, brave, 2), 8);
    assert.equal(textOffsetOfPoint(b, b.childNodes[2] as Node, 1), 12);
  });

  test('element positions count the children before them', () => {
    const { block: b } = block('ab<em>cd</em>ef');
    assert.equal(textOffsetOfPoint(b, b, 1), 2);
    assert.equal(textOffsetOfPoint(b, b, 2), 4);
    assert.equal(textOffsetOfPoint(b, b, 3), 6);
  });

  test('a point outside the block is null, not clamped', () => {
    const { block: b, document } = block('abc');
    const other = (document.getElementById('other') as unknown as Node).childNodes[0] as Node;
    assert.equal(textOffsetOfPoint(b, other, 0), null);
  });

  test('characterAt inverts textOffsetOfPoint for every character', () => {
    const { block: b } = block('One <a href="#">two <b>three</b></a> four');
    const text = b.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const at = characterAt(b, i);
      assert.ok(at, `char ${i}`);
      assert.equal(at.node.data[at.offset], text[i], `char ${i}`);
      assert.equal(textOffsetOfPoint(b, at.node, at.offset), i);
    }
  });

  test('offsets past the end clamp to the last character; a block without text has none', () => {
    const { block: b } = block('abc');
    assert.equal(characterAt(b, 99)?.offset, 2);
    assert.equal(characterAt(block('<img src="x.png">').block, 0), null);
  });
});
