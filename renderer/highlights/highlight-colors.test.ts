import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIGHLIGHT_COLORS, PAINTED_THEMES } from '../../electron/shared/vocabularies.ts';
import { HIGHLIGHT_PALETTE } from '../../electron/shared/highlight-palette.ts';
import { THEME_TEXT, contrastRatio } from './highlight-colors.ts';

test('body text on every highlight colour meets AAA contrast (7:1) in every theme', () => {
  for (const theme of PAINTED_THEMES) {
    for (const color of HIGHLIGHT_COLORS) {
      const ratio = contrastRatio(THEME_TEXT[theme], HIGHLIGHT_PALETTE[theme][color]);
      assert.ok(ratio >= 7, `${theme} ${color}: ${ratio.toFixed(2)}:1`);
    }
  }
});

test('contrast ratio of black on white is 21', () => {
  assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
});
