import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_LENGTH, describeRange, findPositionSelector, findQuoteSelector } from './selectors.ts';

describe('describeRange', () => {
  const text = 'a'.repeat(50) + 'HIGHLIGHT' + 'b'.repeat(50);

  test('quote, 32 characters of context each side, and the position', () => {
    const [quote, position] = describeRange(text, 50, 59);
    assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'HIGHLIGHT', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(CONTEXT_LENGTH) });
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 50, end: 59 });
  });

  test('short context at the edges of the text, swapped and out-of-range offsets clamped', () => {
    const [quote, position] = describeRange('Hello world', 20, -3);
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 0, end: 11 });
    assert.equal(quote.prefix, '');
    assert.equal(quote.suffix, '');
    assert.equal(quote.exact, 'Hello world');
  });

  test('never splits a surrogate pair in the quote or its context', () => {
    const emoji = '😀'.repeat(40); // 80 UTF-16 units
    const [quote, position] = describeRange(emoji, 41, 45); // both offsets inside a pair
    assert.deepEqual([position.start, position.end], [40, 46]);
    assert.equal(quote.exact, '😀😀😀');
    assert.ok(!/^[\udc00-\udfff]/.test(quote.prefix) && !/[\ud800-\udbff]$/.test(quote.suffix));
    assert.equal(quote.prefix.length % 2, 0);
  });

  test('find helpers pick selectors by type', () => {
    const sel = describeRange(text, 50, 59);
    assert.equal(findQuoteSelector(sel)?.exact, 'HIGHLIGHT');
    assert.equal(findPositionSelector([...sel].reverse())?.start, 50);
    assert.equal(findQuoteSelector([]), undefined);
  });
});
