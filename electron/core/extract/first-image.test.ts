import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstImageUrl } from './first-image.ts';

test('the first web picture, its &amp; unescaped; local or data pictures do not count', () => {
  assert.equal(firstImageUrl('<p>x</p><img alt="" src="https://a.example/p.jpg?w=1&amp;h=2"><img src="https://b.example/q.jpg">'), 'https://a.example/p.jpg?w=1&h=2');
  assert.equal(firstImageUrl('<img src="data:image/png;base64,AAAA"><img src="/local.png">'), null);
});
