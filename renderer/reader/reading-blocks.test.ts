import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readingBlocks } from './reading-blocks.ts';

function blocksOf(html: string): string[] {
  const { document } = parseHTML(`<html><body><div id="article-body">${html}</div></body></html>`);
  const root = document.getElementById('article-body')!;
  return readingBlocks(root).map((el) => `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 12)}`);
}

test('paragraphs and headings are blocks in document order', () => {
  assert.deepEqual(blocksOf('<h2>Title</h2><p>One</p><p>Two</p>'), ['h2:Title', 'p:One', 'p:Two']);
});

test('containers are replaced by their inner blocks', () => {
  assert.deepEqual(blocksOf('<blockquote><p>A</p><p>B</p></blockquote><ul><li>x</li><li>y</li></ul>'), [
    'p:A',
    'p:B',
    'li:x',
    'li:y',
  ]);
});

test('a blockquote or div with bare text is itself a block', () => {
  assert.deepEqual(blocksOf('<blockquote>Quiet</blockquote><div>Loose <b>text</b></div>'), [
    'blockquote:Quiet',
    'div:Loose text',
  ]);
});

test('code, figures and tables count once, whatever is inside', () => {
  assert.deepEqual(
    blocksOf('<pre><code>let a</code></pre><figure><img src="a.png"><figcaption>Cap</figcaption></figure><table><tr><td><p>c</p></td></tr></table>'),
    ['pre:let a', 'figure:Cap', 'table:c'],
  );
});

test('empty paragraphs and scripts are not places to read', () => {
  assert.deepEqual(blocksOf('<p> </p><script>x</script><p>Real</p>'), ['p:Real']);
});

test('nested lists give the innermost items', () => {
  assert.deepEqual(blocksOf('<ol><li><p>Outer</p><ul><li>Inner</li></ul></li></ol>'), ['p:Outer', 'li:Inner']);
});

test('an inline image keeps its paragraph a block; an image alone is a block', () => {
  assert.deepEqual(blocksOf('<p>Look <img src="a.png"> here</p><div><img src="b.png"></div><p><img src="c.png"></p>'), [
    'p:Look  here',
    'img:',
    'p:',
  ]);
});
