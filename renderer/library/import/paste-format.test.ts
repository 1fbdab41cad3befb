import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPaste } from './paste-format.ts';

test('structured HTML wins over its plain-text twin', () => {
  const result = classifyPaste('<h1>Title</h1><p>Body</p>', 'Title\nBody');
  assert.equal(result.kind, 'html');
});

test('a styled span of plain words is treated as the words', () => {
  assert.equal(classifyPaste('<span style="color:red">hello there</span>', 'hello there').kind, 'text');
});

test('plain text is guessed as a file would be: Markdown, HTML source, or words', () => {
  assert.equal(classifyPaste('', '## Notes\n\nText with a [link](https://x.org).').kind, 'markdown');
  assert.equal(classifyPaste('', '<article><p>Copied from an editor.</p></article>').kind, 'html');
  assert.equal(classifyPaste('', 'It was a *dark* and stormy night.\nThe end - or was it?').kind, 'text');
  assert.equal(classifyPaste('', 'Just a paragraph of words.').kind, 'text');
});

test('a lone link is a link, a column of links is several, and nothing is empty', () => {
  assert.deepEqual(classifyPaste('<a href="https://example.org/a">x</a>', ' https://example.org/a \n'), {
    kind: 'urls',
    urls: ['https://example.org/a'],
  });
  assert.deepEqual(classifyPaste('', 'https://a.org/1\n\n  http://b.org/2\nhttps://a.org/1'), {
    kind: 'urls',
    urls: ['https://a.org/1', 'http://b.org/2'],
  });
  assert.equal(classifyPaste('', 'Read https://a.org/1 later').kind, 'text');
  assert.equal(classifyPaste('', '   ').kind, 'empty');
});
