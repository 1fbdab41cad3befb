/**
 * Every SQL statement of the search index (search.sqlite), in one place. The index is derived from the
 * library and can be thrown away: a contentless FTS5 table holds the words, `docs` maps its rowids to
 * article ids and keeps each article's text so snippets can be cut without re-parsing the body (kept
 * uncompressed: inflating 100 bodies per page of results cost more than the whole search), and `meta` records the schema the file was built with.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { FTS_TOKENIZE } from './index-text.ts';

/**
 * Bump when the columns, the table's options or the indexed form change: a file built otherwise is
 * rebuilt from the library. The tokeniser is part of it, so changing FTS_TOKENIZE rebuilds too.
 * 4: prefixes of four letters are indexed too.
 */
export const INDEX_SCHEMA = `4 ${FTS_TOKENIZE}`;

/** The FTS5 columns, in their order in bm25(). */
const COLUMNS = ['title', 'author', 'site', 'url', 'body', 'note', 'highlights'] as const;
type Column = (typeof COLUMNS)[number];

/** BM25 weight per column: a word in the title or in something the reader highlighted counts most. */
const WEIGHTS: Record<Column, number> = { title: 10, author: 4, site: 3, url: 2, body: 1, note: 5, highlights: 8 };

/** One article as the index stores it: each column already in indexText form, plus the text snippets are cut from. */
export interface IndexRow {
  articleId: string;
  /** Changes whenever anything indexed changes, so an unchanged article is never re-indexed. */
  signature: string;
  columns: Record<Column, string>;
  /** The article's text as the reader has it (textContent of #article-body), for snippets and body offsets. */
  text: string;
}

// prefix='2 3 4': the word being typed is a prefix, and without an index for its length "co*" merges the
// lists of every word it begins (300–800 ms at 10,000 articles, against 3–30 ms with it). Four letters
// too, because typing goes through them ("prin" before "printing"): the bench's prefixes cost 9 ms of CPU
// with it against 13–17 ms without, for a file a fifth larger (252 MB against 207 MB at 10,000 articles).
const SCHEMA = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, signature TEXT NOT NULL, text TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS docs_signatures ON docs (article_id, signature);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(${COLUMNS.join(', ')}, content='', contentless_delete=1, prefix='2 3 4', tokenize='${FTS_TOKENIZE.replaceAll("'", "''")}');
`;

/** The rank expression: -bm25 is the score people read (higher is better). */
const RANK = `bm25(fts, ${COLUMNS.map((column) => WEIGHTS[column]).join(', ')})`;

/** An open search.sqlite: the statements are prepared once. */
export class SearchDatabase {
  readonly #db: DatabaseSync;
  readonly #insertDoc: StatementSync;
  readonly #insertFts: StatementSync;
  readonly #deleteFts: StatementSync;
  readonly #deleteDoc: StatementSync;
  readonly #rowidOf: StatementSync;
  readonly #ranked: StatementSync;
  readonly #matching: StatementSync;
  readonly #count: StatementSync;
  readonly #textOf: StatementSync;
  /** rowid → article id, kept in memory: joining docs for 10,000 matches cost more than ranking them. */
  readonly #ids = new Map<number, string>();

  /** Opens (or creates) the file; throws when it is damaged, so the caller can start afresh. */
  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    try {
      this.#db.exec(SCHEMA);
      this.#insertDoc = this.#db.prepare('INSERT INTO docs (article_id, signature, text) VALUES (?, ?, ?)');
      this.#insertFts = this.#db.prepare(`INSERT INTO fts (rowid, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`);
      this.#deleteFts = this.#db.prepare('DELETE FROM fts WHERE rowid = ?');
      this.#deleteDoc = this.#db.prepare('DELETE FROM docs WHERE rowid = ?');
      this.#rowidOf = this.#db.prepare('SELECT rowid FROM docs WHERE article_id = ?');
      // With a LIMIT, SQLite keeps only the best rows while ranking: several times faster than sorting all.
      this.#ranked = this.#db.prepare(`SELECT rowid, ${RANK} AS rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?`);
      this.#matching = this.#db.prepare('SELECT rowid FROM fts WHERE fts MATCH ?');
      // Rows as arrays: thousands of matches cost half as much without an object each.
      this.#ranked.setReturnArrays(true);
      this.#matching.setReturnArrays(true);
      // Counting reads only the rowids of the words' lists, not their positions: several times cheaper.
      this.#count = this.#db.prepare('SELECT count(*) FROM fts WHERE fts MATCH ?');
      this.#count.setReturnArrays(true);
      this.#textOf = this.#db.prepare('SELECT text FROM docs WHERE article_id = ?');
      // Reading every table once finds a file that is not a database, or whose pages are damaged, now.
      this.#db.prepare("SELECT count(*) FROM docs, (SELECT count(*) FROM fts WHERE fts MATCH 'lectern')").get();
      for (const row of this.#db.prepare('SELECT rowid, article_id FROM docs').all() as { rowid: number; article_id: string }[]) this.#ids.set(row.rowid, row.article_id);
    } catch (error) {
      this.#db.close();
      throw error;
    }
  }

  /** The schema the file was built with; null for a new, empty file. */
  schema(): string | null {
    const row = this.#db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Records the schema once the file has been created with it. */
  setSchema(schema: string): void {
    this.#db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(schema);
  }

  /**
   * article id → signature of every article in the index, read from the docs_signatures index alone. Read from the
   * table, every open walked the pages the stored texts fill: 1.1 s at 100,000 articles with the file not yet in the
   * page cache (the first open after a restart), 0.18 s with it; from the index, 0.1 s.
   */
  signatures(): Map<string, string> {
    const rows = this.#db.prepare('SELECT article_id, signature FROM docs').all() as { article_id: string; signature: string }[];
    return new Map(rows.map((row) => [row.article_id, row.signature]));
  }

  /** Adds or replaces articles and removes others, in one transaction. */
  write(rows: readonly IndexRow[], removed: readonly string[]): void {
    this.#transaction(() => {
      for (const id of removed) this.#remove(id);
      for (const row of rows) {
        this.#remove(row.articleId);
        const { lastInsertRowid } = this.#insertDoc.run(row.articleId, row.signature, row.text);
        this.#insertFts.run(lastInsertRowid, ...COLUMNS.map((column) => row.columns[column]));
        this.#ids.set(Number(lastInsertRowid), row.articleId);
      }
    });
  }

  #remove(articleId: string): void {
    const found = this.#rowidOf.get(articleId) as { rowid: number } | undefined;
    if (!found) return;
    this.#deleteFts.run(found.rowid);
    this.#deleteDoc.run(found.rowid);
    this.#ids.delete(found.rowid);
  }

  /**
   * The best `limit` matches of an FTS5 expression, best first, with their BM25 scores flipped (higher is
   * better). Ids come as one string, a line each: one string crosses to another thread far faster than
   * 10,000 do.
   */
  ranked(match: string, limit: number): { ids: string; scores: Float64Array } {
    const rows = this.#ranked.all(match, limit) as unknown as [number, number][];
    const scores = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) scores[i] = -rows[i]![1];
    return { ids: rows.map((row) => this.#ids.get(row[0]) ?? '').join('\n'), scores };
  }

  /** Every match, unranked (several times cheaper), ids as ranked() gives them. */
  matching(match: string): string {
    return (this.#matching.all(match) as unknown as [number][]).map((row) => this.#ids.get(row[0]) ?? '').join('\n');
  }

  /** How many articles match. */
  count(match: string): number {
    return Number((this.#count.get(match) as unknown as [number])[0]);
  }

  /** The stored text of one article, or null when it is not indexed. */
  text(articleId: string): string | null {
    const row = this.#textOf.get(articleId) as { text: string } | undefined;
    return row?.text ?? null;
  }

  /** Merges the index's segments after a build, so later queries read fewer of them. */
  optimize(): void {
    this.#db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
