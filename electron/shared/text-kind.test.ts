import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessTextKind, looksLikeHtml, looksLikeMarkdown } from './text-kind.ts';

test('HTML is known by its first tag: a document or a block', () => {
  assert.equal(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>'), true);
  assert.equal(looksLikeHtml('\uFEFF  <?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">'), true);
  assert.equal(looksLikeHtml('<p>A fragment</p>'), true);
  assert.equal(looksLikeHtml('<h1>Title</h1>'), true);
  assert.equal(looksLikeHtml('Use <p> for paragraphs.'), false);
  assert.equal(looksLikeHtml('<pending> is not a tag we know'), false);
});

test('Markdown is known by its block syntax or two kinds of inline syntax', () => {
  assert.equal(looksLikeMarkdown('# A title\n\nSome words.'), true);
  assert.equal(looksLikeMarkdown('---\ntitle: Notes\n---\nBody'), true);
  assert.equal(looksLikeMarkdown('- one\n- two\n'), true);
  assert.equal(looksLikeMarkdown('```js\ncode\n```'), true);
  assert.equal(looksLikeMarkdown('Some **bold** and a [link](https://x.org).'), true);
  assert.equal(looksLikeMarkdown('It was a *dark* and stormy night.\nThe end - or was it?'), false);
});

test('the guess: HTML before Markdown, plain text otherwise', () => {
  assert.equal(guessTextKind('<div><h1># not a heading</h1></div>'), 'html');
  assert.equal(guessTextKind('## Notes\n\nText.'), 'markdown');
  assert.equal(guessTextKind('Just a paragraph of words.'), 'text');
  assert.equal(guessTextKind(''), 'text');
});
