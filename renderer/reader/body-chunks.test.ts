import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { CHUNK_CLASS, createBodyChunker, createChunkPins, isHugeArticle, lastChunk } from './body-chunks.ts';
import { readingBlocks } from './reading-blocks.ts';

/** n paragraphs of about `chars` characters each, with the newlines between blocks a parser keeps as text. */
function paragraphs(n: number, chars = 1000, from = 0): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) out.push(`<p>Paragraph ${i}. ${'word '.repeat(Math.floor(chars / 5))}</p>`);
  return out.join('\n');
}

function bodyOf(inner: string) {
  const { document } = parseHTML(`<html><body><div id="article-body">${inner}</div></body></html>`);
  return { document, body: document.getElementById('article-body') as unknown as HTMLElement };
}

const chunksOf = (root: Element) => Array.from(root.querySelectorAll(`.${CHUNK_CLASS}`));

test('chunks move blocks without changing the text or the reading blocks', () => {
  const { body } = bodyOf(`<h2>Part one</h2>\n${paragraphs(100)}<ul><li>one</li><li>two</li></ul>`);
  const text = body.textContent;
  const blocks = readingBlocks(body);
  const count = createBodyChunker(body, 38).wrap(true);
  assert.equal(body.textContent, text);
  assert.deepEqual(readingBlocks(body), blocks);
  // About 30,000 characters each: 100 paragraphs of ~1,000 make four chunks, the last one short.
  assert.equal(count, 4);
  assert.equal(chunksOf(body).length, 4);
  assert.equal(Array.from(body.childNodes).every((node) => (node as Element).className === CHUNK_CLASS), true);
});

test('while the document arrives, the last block waits for the next pass, which fills the open chunk first', () => {
  const { document, body } = bodyOf(paragraphs(5));
  const chunker = createBodyChunker(body, 38);
  assert.equal(chunker.wrap(), 1);
  assert.equal(body.lastChild?.nodeName, 'P', 'the block the parser may still be writing stays where it is');
  assert.equal(chunksOf(body)[0]!.querySelectorAll('p').length, 4);

  // More arrives, as the parser would append it.
  const more = document.createElement('div');
  more.innerHTML = paragraphs(3, 1000, 5);
  while (more.firstChild) body.appendChild(more.firstChild);
  assert.equal(chunker.wrap(), 1);
  assert.equal(chunksOf(body)[0]!.querySelectorAll('p').length, 7);
  assert.equal(chunker.wrap(true), 1);
  assert.equal(body.childNodes.length, 1);
  assert.match(body.textContent ?? '', /Paragraph 0\.[\s\S]*Paragraph 7\./);
});

const guessOf = (chunk: Element) => parseFloat((chunk as HTMLElement).style.getPropertyValue('--chunk-height'));

test('each chunk carries a height guess for before it is drawn: its lines at the measure and its blocks', () => {
  const { body } = bodyOf(paragraphs(40));
  createBodyChunker(body, 38).wrap(true);
  const [full, rest] = chunksOf(body);
  const chars = Array.from(full!.children).reduce((sum, child) => sum + child.textContent!.length, 0);
  const blocks = full!.children.length;
  // ~76 characters a line at a 38em measure, 1.6em lines, half a line more and a 1em margin per block.
  assert.equal(guessOf(full!), Math.round((chars / 76 + blocks * 0.5) * 1.6 + blocks));
  assert.ok(guessOf(rest!) < guessOf(full!));

  const wide = bodyOf(paragraphs(40)).body;
  createBodyChunker(wide, 46).wrap(true);
  assert.ok(guessOf(chunksOf(wide)[0]!) < guessOf(full!), 'a wider measure has fewer lines');
});

test('a body that sits whole in one wrapper is chunked inside it; a lone paragraph is no wrapper', () => {
  const wrapped = bodyOf(`<div class="page">\n<section>${paragraphs(40)}</section>\n</div>`);
  createBodyChunker(wrapped.body, 38).wrap(true);
  const section = wrapped.body.querySelector('section')!;
  assert.equal(chunksOf(section).length, 2);
  assert.equal(Array.from(section.children).every((child) => child.className === CHUNK_CLASS), true);
  assert.equal(readingBlocks(wrapped.body).length, 40);

  const loose = bodyOf(`<div>Loose text</div>${paragraphs(2)}`).body;
  createBodyChunker(loose, 38).wrap(true);
  assert.equal(loose.children.length, 1);
  assert.equal(loose.children[0]!.className, CHUNK_CLASS);
});

test('loose inline text in a chunk is no block of its own, as it is none without chunks', () => {
  // A long paragraph fills the first chunk, so the loose link ends up alone in the second.
  const { body } = bodyOf(`${paragraphs(1, 31_000)}<a href="#x">a loose link</a>`);
  const before = readingBlocks(body);
  assert.equal(createBodyChunker(body, 38).wrap(true), 2);
  assert.deepEqual(readingBlocks(body), before);
  assert.equal(before.length, 1);
});

test('a jump pins its chunk and the one before for real layout, and lets the last pins go', () => {
  const { body } = bodyOf(paragraphs(120));
  createBodyChunker(body, 38).wrap(true);
  const chunks = chunksOf(body) as HTMLElement[];
  const pinnedIndexes = () => chunks.flatMap((chunk, i) => (chunk.style.getPropertyValue('content-visibility') === 'visible' ? [i] : []));
  const pins = createChunkPins();

  pins.pinAround(chunks[2]!.querySelector('p'));
  assert.deepEqual(pinnedIndexes(), [1, 2]);
  pins.pinAround(chunks[0]!.lastElementChild);
  assert.deepEqual(pinnedIndexes(), [0], 'the first chunk has none before it');
  const last = lastChunk(body)!;
  assert.equal(last, chunks.at(-1));
  pins.pinAround(last);
  assert.equal(pins.isPinned(last), true);
  assert.equal(pins.isPinned(chunks[0]!), false);
  pins.pinAround(null);
  assert.deepEqual(pinnedIndexes(), []);
});

test('only books are chunked: every ordinary article opens as it always has', () => {
  assert.equal(isHugeArticle({ wordCount: 12_000 }), false);
  assert.equal(isHugeArticle({ wordCount: 150_000 }), false);
  assert.equal(isHugeArticle({ wordCount: 2_000_000 }), true);
});
