import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasArticleText } from './has-article-text.ts';

const menu = '<ul><li><a href="/a">Home</a></li><li><a href="/b">About the company</a></li></ul>';

test('a page of links has no article text, a sentence outside them has', () => {
  assert.equal(hasArticleText(menu), false);
  assert.equal(hasArticleText(`${menu}<p>The story starts here.</p>`), true);
});

test('a long page of links has no article text, however long', () => {
  assert.equal(hasArticleText(menu.repeat(5000)), false);
});

test('a long page whose text comes only after its opening still has article text', () => {
  assert.equal(hasArticleText(`${menu.repeat(5000)}<p>The story starts here.</p>`), true);
});

test('a link still open where the opening ends hides its paragraphs, as on a short page', () => {
  const wrapped = `<a href="/elsewhere">${'<p>A teaser of another story.</p>'.repeat(10_000)}</a>`;
  assert.ok(wrapped.length > 200_000);
  assert.equal(hasArticleText(wrapped), false);
  assert.equal(hasArticleText(`${wrapped}<p>The story starts here.</p>`), true);
});
