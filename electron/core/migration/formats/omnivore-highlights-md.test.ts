import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOmnivoreHighlights } from './omnivore-highlights-md.ts';

// Written the way Omnivore's highlightToMarkdown writes them: `> ${quote} ` (empty quote lines as `> `),
// then `\n\n#labels`, then `\n\nnote`; a Note-type entry as `note\n\n`; all joined with '\n\n'.
const withLabelsAndNote = '> First paragraph.\n> \nSecond paragraph, unprefixed. \n\n#important #read later\n\nMy note';
const plain = '> Plain quote ';
const articleNote = 'The article note\n\n';
const withLongNote = '> Last one \n\nA note in\n\ntwo paragraphs';

test('a multi-paragraph quote, its labels (with a space in one) and its note', () => {
  const { highlights, notes } = parseOmnivoreHighlights([withLabelsAndNote, plain].join('\n\n'));
  assert.deepEqual(highlights, [
    { quote: 'First paragraph.\n\nSecond paragraph, unprefixed.', note: 'My note', tags: ['important', 'read later'], color: null, createdAt: null },
    { quote: 'Plain quote', note: '', tags: [], color: null, createdAt: null },
  ]);
  assert.deepEqual(notes, []);
});

test('a Note-only entry goes to the article note, not to the highlight before it', () => {
  const { highlights, notes } = parseOmnivoreHighlights([withLabelsAndNote, plain, articleNote, withLongNote].join('\n\n'));
  assert.deepEqual(
    highlights.map((h) => [h.quote, h.note]),
    [
      ['First paragraph.\n\nSecond paragraph, unprefixed.', 'My note'],
      ['Plain quote', ''],
      ['Last one', 'A note in\n\ntwo paragraphs'],
    ],
  );
  assert.deepEqual(notes, ['The article note']);
});

test('Note-only entries first and last in the file', () => {
  const { highlights, notes } = parseOmnivoreHighlights(['Opening note\n\n', plain, 'Closing note\n\n'].join('\n\n'));
  assert.deepEqual(highlights.map((h) => [h.quote, h.note]), [['Plain quote', '']]);
  assert.deepEqual(notes, ['Opening note', 'Closing note']);
});

test('a highlight note directly before a Note-only entry cannot be told from it: both become the article note', () => {
  const { highlights, notes } = parseOmnivoreHighlights([withLabelsAndNote, articleNote].join('\n\n'));
  assert.deepEqual(highlights.map((h) => [h.quote, h.note, h.tags]), [['First paragraph.\n\nSecond paragraph, unprefixed.', '', ['important', 'read later']]]);
  assert.deepEqual(notes, ['My note\n\nThe article note']);
});

test('Windows line ends and a heading-like note are read the same', () => {
  const { highlights } = parseOmnivoreHighlights('> Quote \r\n\r\n# Not labels, a heading\r\n\r\n> Next ');
  assert.deepEqual(highlights.map((h) => [h.quote, h.note, h.tags]), [['Quote', '# Not labels, a heading', []], ['Next', '', []]]);
});

test('an empty file has nothing', () => {
  assert.deepEqual(parseOmnivoreHighlights(''), { highlights: [], notes: [] });
});
