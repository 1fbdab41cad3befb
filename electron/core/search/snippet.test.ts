import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutSnippet } from './snippet.ts';

const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
const marked = (cut: ReturnType<typeof cutSnippet>) => cut.marks.map((mark) => cut.snippet.slice(mark.start, mark.end));

test('about 25 words around the first match, cut on word boundaries, with … where cut', () => {
  const text = `${words(0, 100)} target ${words(100, 200)}`;
  const cut = cutSnippet(text, ['target']);
  assert.equal(cut.snippet, `…${words(92, 100)} target ${words(100, 116)}…`);
  assert.deepEqual(marked(cut), ['target']);
  assert.equal(text.slice(cut.range!.start, cut.range!.end), 'target');
});

test('no … at a text end that was not cut; whitespace is folded to single spaces', () => {
  const cut = cutSnippet('The  river\n\nran past.', ['river']);
  assert.equal(cut.snippet, 'The river ran past.');
  assert.deepEqual(marked(cut), ['river']);
});

test('a match must begin a word: "art" is not found inside "start"', () => {
  const text = `To start with, ${words(0, 40)} the art of it.`;
  const cut = cutSnippet(text, ['art']);
  assert.equal(text.slice(cut.range!.start, cut.range!.end), 'art');
  assert.ok(cut.range!.start > 100);
  assert.deepEqual(marked(cut), ['art']);
});

test('folded terms find accented and wide text, and marks cover the original characters', () => {
  const text = `${'x '.repeat(3000)}Le Café de Flore et ｗｉｄｅ lettres.`;
  const cut = cutSnippet(text, ['cafe', 'wide']);
  assert.equal(text.slice(cut.range!.start, cut.range!.end), 'Café');
  assert.deepEqual(marked(cut), ['Café', 'ｗｉｄｅ']);
});

test('without a match the passage is the beginning, with no place in the text', () => {
  const cut = cutSnippet(words(0, 60), ['absent']);
  assert.equal(cut.snippet, `${words(0, 25)}…`);
  assert.deepEqual(cut.marks, []);
  assert.equal(cut.range, null);
});

test('unspaced scripts are capped in characters and never cut inside a surrogate pair', () => {
  const text = `${'漢字'.repeat(200)}检索${'😀'.repeat(200)}`;
  const cut = cutSnippet(text, ['检索']);
  assert.ok(cut.snippet.length < 300, `${cut.snippet.length}`);
  assert.deepEqual(marked(cut), ['检索']);
  assert.doesNotMatch(cut.snippet, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
});

test('in plain ASCII text the longer term wins where two start together, whatever the case', () => {
  const cut = cutSnippet('The Rivers met. A river, and RIVERSIDE too.', ['river', 'rivers']);
  assert.deepEqual(marked(cut), ['Rivers', 'river', 'RIVERS']);
  assert.deepEqual(cut.range, { start: 4, end: 10 });
});
