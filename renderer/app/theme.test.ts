import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTheme } from './theme.ts';

test("'system' follows the system; a chosen theme ignores it", () => {
  assert.equal(resolveTheme('system', true), 'dark');
  assert.equal(resolveTheme('system', false), 'light');
  assert.equal(resolveTheme('sepia', true), 'sepia');
  assert.equal(resolveTheme('light', true), 'light');
});
