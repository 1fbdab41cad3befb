import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepFontSize, stepLineWidth } from './appearance-steps.ts';

test('font size steps stay inside 14..32 and are reversible', () => {
  assert.equal(stepFontSize(20, 1), 22);
  assert.equal(stepFontSize(stepFontSize(20, 1), -1), 20);
  assert.equal(stepFontSize(32, 1), 32);
  assert.equal(stepFontSize(14, -1), 14);
  assert.equal(stepFontSize(19, 1), 20, 'an off-step size snaps to the next step');
});

test('width steps stay inside 30..50', () => {
  assert.equal(stepLineWidth(38, 1), 42);
  assert.equal(stepLineWidth(50, 1), 50);
  assert.equal(stepLineWidth(30, -1), 30);
});
