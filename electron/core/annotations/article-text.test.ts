import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleTextCache, articleText } from './article-text.ts';

// Expected strings are what Chromium's textContent of #article-body gives for the same body
// (checked against /usr/bin/chromium when this was written).
test('article text is the textContent a browser gives, entities decoded and tags gone', () => {
  assert.equal(articleText('<p>a &amp; b &copy; x<br>y</p><p>two <em>words</em></p>'), 'a & b © xytwo words');
  assert.equal(articleText('<figure><img alt="alt text"><figcaption>cap</figcaption></figure>'), 'cap');
  assert.equal(articleText('<ul>\n<li>one</li>\n<li>two</li>\n</ul>'), '\none\ntwo\n');
});

test('the newline right after <pre> is dropped, as the HTML parser does, but not one after an inner tag', () => {
  assert.equal(articleText('<pre>\nline one\nline two</pre>'), 'line one\nline two');
  assert.equal(articleText('<pre><code>\nx = 1</code></pre>'), '\nx = 1');
  assert.equal(articleText('<pre>\n\nkept one</pre>'), '\nkept one');
});

test('carriage returns become line feeds before parsing, like the browser input stream', () => {
  assert.equal(articleText('<p>one\r\ntwo\rthree</p>'), 'one\ntwo\nthree');
  // A character reference is not preprocessing: &#13; stays a carriage return.
  assert.equal(articleText('<p>a&#13;b</p>'), 'a\rb');
});

test('the cache parses a body once and again only when it changes', () => {
  const cache = new ArticleTextCache(2);
  const first = cache.textOf('a', '<p>first</p>');
  assert.equal(first, 'first');
  assert.equal(cache.textOf('a', '<p>first</p>'), 'first');
  assert.equal(cache.textOf('a', '<p>changed</p>'), 'changed');
  cache.textOf('b', '<p>b</p>');
  cache.textOf('c', '<p>c</p>');
  // 'a' was evicted, but a miss only means parsing again, never a wrong text.
  assert.equal(cache.textOf('a', '<p>changed</p>'), 'changed');
});
