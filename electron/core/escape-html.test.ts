import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from './escape-html.ts';

test('markup characters and both quotes are escaped; other text, accents and scripts included, is kept', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  assert.equal(escapeHtml('Café — 東京 &amp;'), 'Café — 東京 &amp;amp;');
});
