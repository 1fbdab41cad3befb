import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createPieceIndex, seedWindows } from './seed-windows.ts';
import { makeProse } from './sample-prose.ts';
import { stripIgnored } from './matching-text.ts';

describe('seedWindows', () => {
  const text = stripIgnored(makeProse(2000, 11));
  const index = createPieceIndex(text);

  test('every window list covers the places where the quote really is, edited or not', () => {
    for (let at = 100; at < text.length - 200; at += 397) {
      const quote = text.slice(at, at + 60);
      // An edit in the middle of the quote leaves pieces at both ends intact.
      const edited = quote.slice(0, 25) + 'XYZ' + quote.slice(30);
      for (const q of [quote, edited]) {
        const windows = seedWindows(index, q, Math.floor(q.length * 0.3));
        assert.ok(windows !== null);
        assert.ok(windows.some(([from, to]) => from <= at && to >= at + 60), `window around ${at}`);
      }
    }
  });

  test('windows are sorted, disjoint and inside the text; short quotes are left to a full search', () => {
    const windows = seedWindows(index, text.slice(500, 600), 30) ?? [];
    for (let i = 0; i < windows.length; i++) {
      const [from, to] = windows[i] as [number, number];
      assert.ok(from >= 0 && to <= text.length && from < to);
      if (i > 0) assert.ok(from > (windows[i - 1] as [number, number])[1]);
    }
    assert.equal(seedWindows(index, 'short', 1), null);
    assert.deepEqual(seedWindows(index, 'QQQQQQQQQQQQQQQQQQQQ', 6), []);
  });

  test('indexes texts shorter than a piece', () => {
    assert.deepEqual(seedWindows(createPieceIndex('abc'), 'abcdefghijklmnopq', 5), []);
  });
});
