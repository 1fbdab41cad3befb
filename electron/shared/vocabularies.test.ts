import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIGHLIGHT_COLORS, PAINTED_THEMES, THEMES, isOneOf, paintedTheme } from './vocabularies.ts';

test('every theme but system is painted, and system follows the OS', () => {
  assert.deepEqual(PAINTED_THEMES, ['light', 'sepia', 'dark']);
  assert.equal(paintedTheme('system', true), 'dark');
  assert.equal(paintedTheme('system', false), 'light');
  assert.equal(paintedTheme('sepia', true), 'sepia');
});

test('isOneOf narrows only the words of its list', () => {
  assert.equal(isOneOf(THEMES, 'sepia'), true);
  assert.equal(isOneOf(THEMES, 'Sepia'), false);
  assert.equal(isOneOf(HIGHLIGHT_COLORS, null), false);
});
