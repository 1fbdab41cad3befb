import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './parse-document.ts';
import { textContainer } from './text-container.ts';

const para = (i: number): string => `<p>Paragraph ${i} of the story, long enough to be running text.</p>`;
const paras = (n: number): string => Array.from({ length: n }, (_, i) => para(i)).join('');

test('textContainer finds the element holding the paragraphs, not the page around it', () => {
  const doc = parseDocument(`<body><nav><p>Menu entry that is long enough to count as well</p></nav><div id="story"><h1>Title</h1>${paras(20)}</div><footer>Copyright</footer></body>`);
  assert.equal(textContainer(doc.body!)?.id, 'story');
});

test('textContainer keeps chapters in sibling sections together', () => {
  const chapters = Array.from({ length: 5 }, (_, c) => `<section><div><h2>Chapter ${c}</h2>${paras(10)}</div></section>`).join('');
  const doc = parseDocument(`<body><div id="book">${chapters}</div><aside>${paras(1)}</aside></body>`);
  assert.equal(textContainer(doc.body!)?.id, 'book');
});

test('textContainer counts a quotation once, not once per paragraph inside it', () => {
  // Counted twice, the quotation would hold more than the three quarters that the story needs.
  const doc = parseDocument(`<body><div id="story">${paras(4)}</div><blockquote id="quote">${paras(6)}</blockquote></body>`);
  assert.equal(textContainer(doc.body!)?.localName, 'body');
  const alone = parseDocument(`<body><div><blockquote id="quote">${paras(6)}</blockquote></div><p>Short</p></body>`);
  assert.equal(textContainer(alone.body!)?.id, 'quote');
});

test('textContainer is null on a page without paragraphs', () => {
  assert.equal(textContainer(parseDocument('<body><ul><li>Home</li></ul><p>Too short</p></body>').body!), null);
});
