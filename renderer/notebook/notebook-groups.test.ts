import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NotebookItem } from '../../electron/shared/models.ts';
import { groupByArticle } from './notebook-groups.ts';

const note = (articleId: string, id: string): NotebookItem => ({ kind: 'note', id, articleId, articleTitle: `T ${articleId}`, siteName: null, note: 'n', updatedAt: '' });

test('consecutive items of one article share a group; a later return starts a new one', () => {
  const groups = groupByArticle([note('a', '1'), note('a', '2'), note('b', '3'), note('a', '4')]);
  assert.deepEqual(
    groups.map((g) => [g.articleId, g.items.map((i) => i.id)]),
    [['a', ['1', '2']], ['b', ['3']], ['a', ['4']]],
  );
  assert.equal(groups[0]?.articleTitle, 'T a');
  assert.deepEqual(groupByArticle([]), []);
});
