import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../testing/temp-dir.ts';
import { IndexEngine } from './index-engine.ts';
import { FTS_TOKENIZE } from './index-text.ts';

test('an index built before the four-letter prefix index is thrown away and built afresh with it', async () => {
  const path = join(await tempDir(), 'search.sqlite');
  // search.sqlite as Lectern wrote it with INDEX_SCHEMA 3: prefixes of two and three letters only.
  const old = new DatabaseSync(path);
  old.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE docs (rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, signature TEXT NOT NULL, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE fts USING fts5(title, author, site, url, body, note, highlights, content='', contentless_delete=1, prefix='2 3', tokenize='${FTS_TOKENIZE.replaceAll("'", "''")}');
  `);
  old.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(`3 ${FTS_TOKENIZE}`);
  old.prepare("INSERT INTO docs (article_id, signature, text) VALUES ('a1', 'sig-a1', 'The mill')").run();
  old.close();

  const engine = new IndexEngine(path);
  try {
    assert.deepEqual(engine.open(), { signatures: {}, fresh: true }, 'every article is sent again');
  } finally {
    engine.close();
  }
  const rebuilt = new DatabaseSync(path, { readOnly: true });
  const { sql } = rebuilt.prepare("SELECT sql FROM sqlite_master WHERE name = 'fts'").get() as { sql: string };
  rebuilt.close();
  assert.match(sql, /prefix='2 3 4'/);
});
