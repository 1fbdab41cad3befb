import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TagInfo } from '../../../electron/shared/models.ts';
import { suggestTags } from './tag-suggestions.ts';

const tag = (name: string, articleCount: number): TagInfo => ({ name, color: null, articleCount, highlightCount: 0 });
const tags = [tag('Café culture', 2), tag('reading', 9), tag('to read', 4), tag('bread', 1)];

test('words that start with the text come first, the most used first; inner matches after', () => {
  assert.deepEqual(
    suggestTags('read', tags, []).map((s) => s.name),
    ['reading', 'to read', 'bread', 'read'],
  );
});

test('folding: no accents or case needed, and an existing spelling is not offered for creation', () => {
  const found = suggestTags('CAFE CULTURE', tags, []);
  assert.deepEqual(found, [{ kind: 'existing', name: 'Café culture', count: 2 }]);
});

test('tags already chosen are left out, in any case', () => {
  assert.deepEqual(
    suggestTags('rea', tags, ['READING']).map((s) => s.name),
    ['to read', 'bread', 'rea'],
  );
});

test('the text is tidied before it is offered: # and spaces go, empty offers nothing to create', () => {
  assert.deepEqual(suggestTags('  #new   idea ', [], []), [{ kind: 'create', name: 'new idea' }]);
  assert.deepEqual(suggestTags('   ', [], []), []);
});
