import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SearchDatabase } from './search-sql.ts';
import { tempDir } from '../testing/temp-dir.ts';

const planOf = (path: string, sql: string) => {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; ');
  } finally {
    db.close();
  }
};

test('signatures are read from their own index, and a file made before it gets it on open', async () => {
  const dir = await tempDir();
  const path = join(dir, 'search.sqlite');
  const columns = { title: 'a river', author: '', site: '', url: '', body: 'the river ran', note: '', highlights: '' };
  const first = new SearchDatabase(path);
  first.write([{ articleId: 'a1', signature: 's1', columns, text: 'the river ran' }], []);
  assert.deepEqual([...first.signatures()], [['a1', 's1']]);
  first.close();
  assert.match(planOf(path, 'SELECT article_id, signature FROM docs'), /COVERING INDEX docs_signatures/);

  // A file from before the index: opened, it has the index and keeps its contents.
  const older = new DatabaseSync(path);
  older.exec('DROP INDEX docs_signatures');
  older.close();
  assert.doesNotMatch(planOf(path, 'SELECT article_id, signature FROM docs'), /docs_signatures/);
  const reopened = new SearchDatabase(path);
  assert.deepEqual([...reopened.signatures()], [['a1', 's1']]);
  reopened.close();
  assert.match(planOf(path, 'SELECT article_id, signature FROM docs'), /COVERING INDEX docs_signatures/);
  await rm(dir, { recursive: true, force: true });
});
