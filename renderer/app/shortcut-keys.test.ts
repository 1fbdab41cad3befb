import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chordLabels, matchesChord, parseChord } from './shortcut-keys.ts';

function key(k: string, mods: Partial<{ ctrl: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) {
  return { key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, altKey: !!mods.alt, shiftKey: !!mods.shift };
}

describe('parseChord', () => {
  test('reads modifiers and aliases', () => {
    assert.deepEqual(parseChord('Mod+Shift+k'), { key: 'k', mod: true, ctrl: false, alt: false, shift: true });
    assert.equal(parseChord('Esc').key, 'Escape');
    assert.equal(parseChord('Mod++').key, '+');
  });
});

describe('matchesChord', () => {
  test('plain letters ignore case only when shift state matches', () => {
    assert.equal(matchesChord(key('j'), 'j', false), true);
    assert.equal(matchesChord(key('J', { shift: true }), 'j', false), false);
    assert.equal(matchesChord(key('J', { shift: true }), 'Shift+j', false), true);
  });

  test('Mod is Ctrl off macOS and Cmd on macOS', () => {
    assert.equal(matchesChord(key('k', { ctrl: true }), 'Mod+K', false), true);
    assert.equal(matchesChord(key('k', { meta: true }), 'Mod+K', false), false);
    assert.equal(matchesChord(key('k', { meta: true }), 'Mod+K', true), true);
    assert.equal(matchesChord(key('k', { ctrl: true }), 'Mod+K', true), false);
  });

  test('a bare letter does not fire with Ctrl held (Ctrl+F is not f)', () => {
    assert.equal(matchesChord(key('f', { ctrl: true }), 'f', false), false);
  });

  test('symbols match the character whatever Shift is', () => {
    assert.equal(matchesChord(key('?', { shift: true }), '?', false), true);
    assert.equal(matchesChord(key('/'), '/', false), true);
    assert.equal(matchesChord(key('/', { ctrl: true }), '/', false), false);
  });

  test('named keys need the exact shift state', () => {
    assert.equal(matchesChord(key('Delete'), 'Delete', false), true);
    assert.equal(matchesChord(key('Delete', { shift: true }), 'Delete', false), false);
    assert.equal(matchesChord(key('ArrowDown'), 'Down', false), true);
  });
});

describe('chordLabels', () => {
  test('uses words off macOS and symbols on it', () => {
    assert.deepEqual(chordLabels('Mod+K', false), ['Ctrl', 'K']);
    assert.deepEqual(chordLabels('Mod+Shift+K', true), ['⌘', '⇧', 'K']);
    assert.deepEqual(chordLabels('?', false), ['?']);
    assert.deepEqual(chordLabels('ArrowDown', false), ['↓']);
    assert.deepEqual(chordLabels('Space', false), ['Space']);
    assert.deepEqual(chordLabels('Shift+Space', false), ['Shift', 'Space']);
  });
});
