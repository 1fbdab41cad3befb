import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchReaderMoves } from './reader-moves.ts';

test('a wheel, key, touch or press on any watched target counts as a move; scrolls and loads do not', () => {
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) {
    const frame = new EventTarget();
    const app = new EventTarget();
    const moves = watchReaderMoves([frame, app]);
    frame.dispatchEvent(new Event('scroll'));
    app.dispatchEvent(new Event('load'));
    assert.equal(moves.moved(), false, `before ${type}`);
    app.dispatchEvent(new Event(type));
    assert.equal(moves.moved(), true, type);
    moves.stop();
  }
});

test('after stop nothing is counted', () => {
  const frame = new EventTarget();
  const moves = watchReaderMoves([frame]);
  moves.stop();
  frame.dispatchEvent(new Event('keydown'));
  assert.equal(moves.moved(), false);
});
