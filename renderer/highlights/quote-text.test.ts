import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuote, parseTags } from './quote-text.ts';

test('a quote across paragraphs keeps them apart and names its source', () => {
  const text = formatQuote('First  part of it.\n\nSecond\tpart.', 'On Bridges', { kind: 'url', value: 'https://example.org/a' });
  assert.equal(text, '> First part of it.\n>\n> Second part.\n\n— On Bridges, https://example.org/a\n');
});

test('files and pasted text are cited by title only', () => {
  assert.equal(formatQuote('Words.', 'Notes', { kind: 'file', value: '/home/me/notes.md' }), '> Words.\n\n— Notes\n');
  assert.equal(formatQuote('Words.', 'Notes', { kind: 'url', value: 'javascript:alert(1)' }), '> Words.\n\n— Notes\n');
});

test('tags are split on commas, trimmed and de-duplicated', () => {
  assert.deepEqual(parseTags(' ideas,  to read , , Ideas,history of  bridges'), ['ideas', 'to read', 'history of bridges']);
  assert.deepEqual(parseTags(''), []);
});
