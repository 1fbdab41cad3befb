import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectionCommand } from './keyboard-selection-keys.ts';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

test('arrows move by sentence and word; Shift selects as it moves', () => {
  assert.deepEqual(selectionCommand(key('ArrowDown'), false), { kind: 'move', unit: 'sentence', direction: 1, extend: false });
  assert.deepEqual(selectionCommand(key('ArrowUp', { shiftKey: true }), false), { kind: 'move', unit: 'sentence', direction: -1, extend: true });
  assert.deepEqual(selectionCommand(key('ArrowRight'), false), { kind: 'move', unit: 'word', direction: 1, extend: false });
  assert.deepEqual(selectionCommand(key('W', { shiftKey: true }), false), { kind: 'move', unit: 'word', direction: 1, extend: true });
  assert.deepEqual(selectionCommand(key('b'), false), { kind: 'move', unit: 'word', direction: -1, extend: false });
});

test('in right-to-left text the left arrow goes forward', () => {
  assert.equal((selectionCommand(key('ArrowLeft'), true) as { direction: number }).direction, 1);
  assert.equal((selectionCommand(key('ArrowRight'), true) as { direction: number }).direction, -1);
  assert.equal((selectionCommand(key('w'), true) as { direction: number }).direction, 1, 'letters are logical, not visual');
});

test('brackets move by sentence and paragraph, whatever modifiers the layout needs for them', () => {
  assert.deepEqual(selectionCommand(key(')', { shiftKey: true }), false), { kind: 'move', unit: 'sentence', direction: 1, extend: false });
  assert.deepEqual(selectionCommand(key('{', { ctrlKey: true, altKey: true }), false), { kind: 'move', unit: 'paragraph', direction: -1, extend: false });
});

test('v, h, n, y and Esc are the selection’s own; Shift+H and Ctrl chords are left alone', () => {
  assert.deepEqual(selectionCommand(key('v'), false), { kind: 'anchor' });
  assert.deepEqual(selectionCommand(key('h'), false), { kind: 'highlight', withNote: false });
  assert.deepEqual(selectionCommand(key('n'), false), { kind: 'highlight', withNote: true });
  assert.deepEqual(selectionCommand(key('y'), false), { kind: 'copy' });
  assert.deepEqual(selectionCommand(key('Escape'), false), { kind: 'leave' });
  assert.equal(selectionCommand(key('H', { shiftKey: true }), false), null);
  assert.equal(selectionCommand(key('c', { ctrlKey: true }), false), null);
  assert.equal(selectionCommand(key('ArrowDown', { altKey: true }), false), null);
  assert.equal(selectionCommand(key('}', { metaKey: true }), false), null);
});

test('reading keys pass through to the reader', () => {
  for (const k of ['j', 'k', ' ', 't', '=', '-', 'G', 'a', 'f']) assert.equal(selectionCommand(key(k), false), null, k);
});
