import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  moveSelection,
  nextStop,
  segmenterStops,
  selectedSpan,
  spokenText,
  unitAround,
  type MoveUnit,
  type SelectionState,
  type TextBlock,
} from './keyboard-selection-moves.ts';

/** Blocks laid out as a body's text would be: one newline between paragraphs, as the HTML's line breaks give. */
function article(paragraphs: string[]): { blocks: TextBlock[]; text: string } {
  const blocks: TextBlock[] = [];
  let text = '\n';
  for (const paragraph of paragraphs) {
    blocks.push({ start: text.length, text: paragraph });
    text += `${paragraph}\n`;
  }
  return { blocks, text };
}

const english = segmenterStops('en');
const { blocks, text } = article(['One fish. Two fish.', 'Red fish! Blue fish?', 'The end.']);
const at = (words: string) => text.indexOf(words);

/** Every stop from the start (or the end) of the article, as the words that begin there. */
function walk(unit: MoveUnit, direction: 1 | -1, from: number): string[] {
  const seen: string[] = [];
  let offset = from;
  for (;;) {
    const next = nextStop(blocks, offset, unit, direction, english);
    if (next === offset) return seen;
    seen.push(text.slice(next, next + 4));
    offset = next;
  }
}

describe('stops', () => {
  test('sentences: each sentence start, the end of a paragraph counting as the next one, then the article end', () => {
    assert.deepEqual(walk('sentence', 1, 0), ['One ', 'Two ', 'Red ', 'Blue', 'The ', '\n']);
    assert.equal(nextStop(blocks, text.length - 1, 'sentence', 1, english), text.length - 1, 'the article ends here: no further');
  });

  test('sentences backwards reach the first one and stop there', () => {
    assert.deepEqual(walk('sentence', -1, text.length - 1), ['The ', 'Blue', 'Red ', 'Two ', 'One ']);
    assert.equal(nextStop(blocks, at('One'), 'sentence', -1, english), at('One'), 'the start of the article: no further');
  });

  test('from the middle of a sentence, back goes to its own start and on to the next one', () => {
    assert.equal(nextStop(blocks, at('fish. Two'), 'sentence', -1, english), at('One'));
    assert.equal(nextStop(blocks, at('fish. Two'), 'sentence', 1, english), at('Two'));
  });

  test('paragraphs: block starts, and the end of the last one', () => {
    assert.deepEqual(walk('paragraph', 1, 0), ['One ', 'Red ', 'The ', '\n']);
    assert.equal(nextStop(blocks, at('Blue'), 'paragraph', -1, english), at('Red'), 'back to the start of this paragraph first');
    assert.equal(nextStop(blocks, at('Red'), 'paragraph', -1, english), at('One'));
  });

  test('words skip punctuation and spaces', () => {
    assert.deepEqual(walk('word', 1, 0).slice(0, 5), ['One ', 'fish', 'Two ', 'fish', 'Red ']);
  });

  test('sentences follow the language: Japanese ends them with 。 and has no spaces', () => {
    const ja = article(['今日は晴れ。明日は雨。']);
    const first = nextStop(ja.blocks, ja.blocks[0]!.start, 'sentence', 1, segmenterStops('ja'));
    assert.equal(ja.text.slice(first, first + 3), '明日は');
  });

  test('an unknown language tag falls back to the default rules instead of throwing', () => {
    assert.deepEqual(segmenterStops('not a language!')('A b. C d.', 'sentence'), [0, 5]);
  });

  test('an empty article has nowhere to go', () => {
    assert.equal(nextStop([], 0, 'sentence', 1, english), 0);
    assert.equal(nextStop([], 0, 'word', -1, english), 0);
  });

  test('the sentence around an offset', () => {
    const around = unitAround(blocks, at('fish?'), 'sentence', english);
    assert.equal(text.slice(around.start, around.end), 'Blue fish?\n');
    const atStart = unitAround(blocks, at('Two'), 'sentence', english);
    assert.equal(text.slice(atStart.start, atStart.end), 'Two fish.\n');
    const atEnd = unitAround(blocks, text.length - 1, 'sentence', english);
    assert.equal(text.slice(atEnd.start, atEnd.end), 'The end.', 'at the end of the article: the last sentence');
  });
});

describe('selection', () => {
  const sentence = (direction: 1 | -1, extend = false) => ({ unit: 'sentence' as const, direction, extend });
  const selected = (state: SelectionState) => {
    const span = selectedSpan(text, state);
    return span ? text.slice(span.start, span.end) : null;
  };

  test('a plain move moves the caret; nothing is selected', () => {
    const state = moveSelection({ anchor: null, focus: at('One') }, blocks, sentence(1), english);
    assert.deepEqual(state, { anchor: null, focus: at('Two') });
    assert.equal(selected(state), null);
  });

  test('extending sets the anchor where the caret was and takes whole sentences, across paragraphs', () => {
    let state: SelectionState = { anchor: null, focus: at('Two') };
    state = moveSelection(state, blocks, sentence(1, true), english);
    assert.equal(selected(state), 'Two fish.');
    state = moveSelection(state, blocks, sentence(1), english);
    assert.equal(selected(state), 'Two fish.\nRed fish!', 'once anchored, every move extends');
  });

  test('moving back towards the anchor shrinks the selection, and past it flips its direction', () => {
    let state: SelectionState = { anchor: at('Two'), focus: at('Blue') };
    state = moveSelection(state, blocks, sentence(-1), english);
    assert.equal(selected(state), 'Two fish.');
    state = moveSelection(state, blocks, sentence(-1), english);
    assert.equal(selected(state), null, 'back at the anchor: empty');
    state = moveSelection(state, blocks, sentence(-1), english);
    assert.equal(selected(state), 'One fish.');
    assert.ok(state.focus < state.anchor!, 'the focus is now before the anchor');
  });

  test('extending by paragraph reaches the end of the article and no further', () => {
    let state: SelectionState = { anchor: at('Red'), focus: at('Red') };
    for (let i = 0; i < 5; i++) state = moveSelection(state, blocks, { unit: 'paragraph', direction: 1, extend: true }, english);
    assert.equal(selected(state), 'Red fish! Blue fish?\nThe end.');
    assert.equal(state.focus, text.length - 1);
  });

  test('spaces alone are not a selection', () => {
    assert.equal(selectedSpan(text, { anchor: at('Two') - 1, focus: at('Two') }), null);
  });
});

describe('spokenText', () => {
  test('folds spaces and keeps short passages whole', () => {
    assert.equal(spokenText('One fish.\n  Two fish.'), 'One fish. Two fish.');
  });

  test('cuts a long passage at a word and says how much is left', () => {
    assert.equal(spokenText('alpha beta gamma delta', 12), 'alpha beta… and 2 more words');
  });
});
