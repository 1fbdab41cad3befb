/**
 * The work done beside the index, in the search worker (or inline where no worker file is found): opening
 * search.sqlite (starting afresh when it is damaged or older), turning articles into rows (reading and
 * parsing each body, folding every column with indexText), matching, and cutting body snippets from the
 * stored text. Everything here is synchronous; the caller decides which thread it blocks.
 */
import { rmSync } from 'node:fs';
import { articleTextOfFile } from '../annotations/article-text-stream.ts';
import { indexText } from './index-text.ts';
import { INDEX_SCHEMA, SearchDatabase, type IndexRow } from './search-sql.ts';
import { packSnippets, type PackedSnippets } from './packed-snippets.ts';
import { cutSnippet, type CutSnippet } from './snippet.ts';

/** One article as the library describes it; the engine reads the body itself, off the main thread. */
export interface IndexDoc {
  id: string;
  signature: string;
  title: string;
  author: string;
  site: string;
  url: string;
  note: string;
  highlights: string;
  /** body.html of the article; a missing or unreadable file indexes as an empty body. */
  bodyPath: string;
}

/** Why a call failed: the file is damaged (rebuild it), or the engine refused the query (tell the person). */
export class IndexError extends Error {
  readonly kind: 'damaged' | 'query';
  constructor(kind: 'damaged' | 'query', message: string) {
    super(message);
    this.name = 'IndexError';
    this.kind = kind;
  }
}

// SQLite's primary result codes that mean the file, not the statement, is at fault.
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;
const DAMAGE = new Set([SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB]);

function isDamage(error: unknown): boolean {
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' && DAMAGE.has(code & 0xff);
}

function readBodyText(path: string): string {
  try {
    // Read in slices and never made a document: a whole book is its text and no more in this thread's heap.
    return articleTextOfFile(path);
  } catch {
    return '';
  }
}

function toRow(doc: IndexDoc): IndexRow {
  const text = readBodyText(doc.bodyPath);
  return {
    articleId: doc.id,
    signature: doc.signature,
    text,
    columns: {
      title: indexText(doc.title),
      author: indexText(doc.author),
      site: indexText(doc.site),
      url: indexText(doc.url),
      body: indexText(text),
      note: indexText(doc.note),
      highlights: indexText(doc.highlights),
    },
  };
}

/** What a search asks of the index. */
interface SearchAsk {
  /** Rank the matches and answer the best this many; null when the order is the library's. */
  best: number | null;
  /** Answer every matching id; without it only how many match (far cheaper for common words). */
  everyId: boolean;
  /** Cut body snippets for the best ones from `from`, `count` of them: the page a relevance list shows. */
  snippets: { terms: string[]; from: number; count: number } | null;
}

/** What the index answers a search: ids travel as one string, a line each (one string crosses threads far faster than 10,000). */
export interface SearchAnswer {
  count: number;
  /** Every match; null unless `everyId` was asked. */
  ids: string | null;
  best: { ids: string; scores: Float64Array } | null;
  snippets: PackedSnippets;
}

/** The ids of an answer, one a line, as a list. */
export const splitIds = (ids: string): string[] => (ids === '' ? [] : ids.split('\n'));

function lineCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export class IndexEngine {
  readonly #path: string;
  #db: SearchDatabase | null = null;

  constructor(path: string) {
    this.#path = path;
  }

  /**
   * Opens the index, starting afresh when the file is damaged or was built by another schema; answers
   * which articles it holds (id → signature), so the caller can send only what changed. startAfresh
   * throws the file away first (it was found damaged).
   */
  open(startAfresh = false): { signatures: Record<string, string>; fresh: boolean } {
    this.close();
    if (startAfresh) this.#removeFiles();
    let fresh = false;
    try {
      this.#db = new SearchDatabase(this.#path);
      const schema = this.#db.schema();
      // A new file is empty and has no schema yet; one built otherwise is rebuilt.
      if (schema !== INDEX_SCHEMA && (schema !== null || this.#db.signatures().size > 0)) throw new Error('the index was built by another version');
      fresh = schema === null;
    } catch {
      this.close();
      this.#removeFiles();
      this.#db = new SearchDatabase(this.#path);
      fresh = true;
    }
    this.#db.setSchema(INDEX_SCHEMA);
    return { signatures: Object.fromEntries(this.#db.signatures()), fresh };
  }

  /** Indexes (or re-indexes) docs and removes articles, in one transaction. */
  write(docs: readonly IndexDoc[], removed: readonly string[]): void {
    const rows = docs.map(toRow);
    this.#guard(() => this.#open().write(rows, removed));
  }

  /**
   * The matches of an FTS5 expression: how many, every id (one a line) when asked, the best `ask.best`
   * ranked with their scores, and body snippets for some of the best, so a page of results takes one
   * trip to this thread rather than two.
   */
  search(match: string, ask: SearchAsk): SearchAnswer {
    return this.#guard(() => {
      const db = this.#open();
      const best = ask.best === null ? null : db.ranked(match, ask.best);
      let ids: string | null = null;
      let count: number;
      if (best !== null && best.scores.length < ask.best!) {
        // Fewer than asked: the ranked list is every match, no second pass over the index needed.
        count = best.scores.length;
        if (ask.everyId) ids = best.ids;
      } else if (ask.everyId) {
        ids = db.matching(match);
        count = lineCount(ids);
      } else count = db.count(match);
      const cut = ask.snippets;
      const snippets = this.#cut(best !== null && cut !== null ? splitIds(best.ids).slice(cut.from, cut.from + cut.count) : [], cut?.terms ?? []);
      return { count, ids, best, snippets };
    }, true);
  }

  /** Body snippets of some articles around the first of the terms; articles not indexed are left out. */
  snippets(ids: readonly string[], terms: readonly string[]): PackedSnippets {
    return this.#guard(() => this.#cut(ids, terms));
  }

  #cut(ids: readonly string[], terms: readonly string[]): PackedSnippets {
    const result = new Map<string, CutSnippet>();
    for (const id of ids) {
      const text = this.#open().text(id);
      if (text !== null) result.set(id, cutSnippet(text, terms));
    }
    return packSnippets(result);
  }

  /** Merges segments after a build. */
  optimize(): void {
    this.#guard(() => this.#open().optimize());
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
  }

  #open(): SearchDatabase {
    if (this.#db === null) throw new IndexError('damaged', 'The search index is not open.');
    return this.#db;
  }

  #removeFiles(): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(this.#path + suffix, { force: true });
  }

  #guard<T>(work: () => T, isQuery = false): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof IndexError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      // A statement the engine refuses (an FTS5 syntax it does not take) is the query's fault, not the file's.
      if (isQuery && !isDamage(error)) throw new IndexError('query', message);
      throw new IndexError('damaged', message);
    }
  }
}
