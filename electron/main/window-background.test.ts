import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windowBackground } from './window-background.ts';

test('the saved theme decides the background; system follows the OS', () => {
  assert.equal(windowBackground('sepia', true), '#f4ecd8');
  assert.equal(windowBackground('light', true), '#fbfbf9');
  assert.equal(windowBackground('dark', false), '#17181a');
  assert.equal(windowBackground('system', true), '#17181a');
  assert.equal(windowBackground('system', false), '#fbfbf9');
  assert.equal(windowBackground(undefined, true), '#17181a');
});
