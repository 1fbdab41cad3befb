import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagQuery } from './tag-query.ts';

test('a tag becomes a quoted tag: operand, spaces and all', () => {
  assert.equal(tagQuery('to read'), 'tag:"to read"');
  assert.equal(tagQuery('Café'), 'tag:"Café"');
});

test('a quote in the name cannot end the operand early', () => {
  assert.equal(tagQuery('say "hi"'), 'tag:"say hi"');
});
