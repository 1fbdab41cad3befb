import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { FTS_TOKENIZE, indexText } from './index-text.ts';
import { planSearch } from './search-plan.ts';

const COLUMNS = ['title', 'author', 'site', 'url', 'body', 'note', 'highlights'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const ROWS: Record<number, Row> = {
  1: { title: 'Rust async in depth', author: 'Jon Gjengset', site: 'LWN.net', url: 'https://lwn.net/Articles/1', body: 'Futures and executors. The borrow checker.' },
  2: { title: 'Café culture', body: 'The crème brûlée was served. Ｗｉｄｅ letters too.', note: 'Try the espresso' },
  3: { title: 'Python typing', body: 'Rust and Python compared; lifetimes are not needed.', highlights: 'borrow nothing' },
  4: { title: '全文搜索引擎', body: '我们今天去北京大学读书。東京都に住んでいます。' },
  5: { title: 'Quotes "inside" titles', body: 'NEAR the end; a * b ^ c: d AND e NOT f OR g', note: 'rust notes' },
  6: { title: 'שלום עולם', body: 'مرحبا بالعالم and हिन्दी भाषा 🎉 party' },
  7: { title: '한국어는 어렵습니다', body: '서울에서 만나요' },
};

/** An in-memory index like the engine's, for each tokeniser the engine might use. */
function index(tokenize: string): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE fts USING fts5(${COLUMNS.join(', ')}, tokenize = "${tokenize.replaceAll('"', '""')}")`);
  const insert = db.prepare(`INSERT INTO fts (rowid, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`);
  for (const [rowid, row] of Object.entries(ROWS)) insert.run(Number(rowid), ...COLUMNS.map((column) => indexText(row[column] ?? '')));
  return db;
}

const INDEXES = ["unicode61 remove_diacritics 2", FTS_TOKENIZE].map((tokenize) => ({ tokenize, db: index(tokenize) }));

/** The rows a query finds: the match, then what exclude leaves out; all rows when it has neither. */
function search(db: DatabaseSync, query: string, typing = false): number[] {
  const plan = planSearch(query, { typing });
  const run = (match: string) => (db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid').all(match) as { rowid: number }[]).map((row) => row.rowid);
  const found = plan.match === null ? Object.keys(ROWS).map(Number) : run(plan.match);
  const excluded = new Set(plan.exclude === null ? [] : run(plan.exclude));
  return found.filter((rowid) => !excluded.has(rowid));
}

function finds(query: string, rows: number[], typing = false): void {
  for (const { tokenize, db } of INDEXES) assert.deepEqual(search(db, query, typing), rows, `${query} with ${tokenize}`);
}

test('words must all match, in any column, folded like the filter box', () => {
  finds('rust', [1, 3, 5]);
  finds('RUST borrow', [1, 3]);
  finds('creme brulee', [2]);
  finds('wide', [2]);
  finds('CAFÉ', [2]);
  finds('lwn.net', [1]);
});

test('the last word is a prefix while typing, and only then', () => {
  finds('execut', [1], true);
  finds('execut', []);
  finds('rust executors', [1], true);
  finds('pyth', [3], true);
});

test('phrases, exclusions and OR', () => {
  finds('"borrow checker"', [1]);
  finds('"checker borrow"', []);
  finds('rust -python', [1, 5]);
  finds('rust -"rust and python"', [1, 5]);
  finds('python OR café', [2, 3]);
  finds('python OR café espresso', [2]);
  finds('-rust', [2, 4, 6, 7]);
  finds('-rust -cafe', [4, 6, 7]);
});

test('in: restricts words to those columns', () => {
  finds('rust in:notes', [5]);
  finds('borrow in:highlights', [3]);
  finds('borrow in:highlights in:body', [1, 3]);
  finds('in:title rust', [1]);
  finds('in:title ru', [1], true);
  finds('title:pyth', [3], true);
  finds('in:notes -rust espresso', [2]);
});

test('a Chinese or Japanese query finds its article, inside a sentence too', () => {
  finds('北京大学', [4]);
  finds('北京', [4]);
  finds('搜索', [4]);
  finds('東京', [4]);
  finds('"北京大学读书"', [4]);
  finds('上海', []);
});

test('a Korean word finds the words it begins, particles and all', () => {
  finds('한국어', [7]);
  finds('서울', [7]);
  finds('"한국어"', []);
  finds('"한국어는"', [7]);
});

test('right-to-left text and scripts with vowel signs are found', () => {
  finds('שלום', [6]);
  finds('بالعالم', [6]);
  finds('हिन्दी', [6]);
});

test('filters only: no match, the filters carry the query', () => {
  const plan = planSearch('tag:x is:unread -site:lwn.net', { typing: false });
  assert.equal(plan.match, null);
  assert.equal(plan.exclude, null);
  assert.equal(plan.filters.clauses.length, 3);
  assert.deepEqual(planSearch('rust tag:a OR tag:b', { typing: false }).filters.clauses[0]!.map((atom) => atom.term), [
    { kind: 'tag', key: 'a' },
    { kind: 'tag', key: 'b' },
  ]);
});

test('terms to mark are the folded words and phrases wanted, in order', () => {
  assert.deepEqual(planSearch('Café "Borrow Checker" -python OR tag:x rust rust', { typing: false }).terms, ['cafe', 'borrow checker', 'rust']);
  assert.deepEqual(planSearch('北京大学', { typing: false }).terms, ['北京大学']);
});

test('FTS5 syntax, quotes and bad input are words or nothing, never an error', () => {
  const bad = [
    'NEAR(rust', 'NEAR(a b, 2)', 'near(', '*', 'rust*', '^rust', 'title:rust', ':', 'a:b:c', '(', ')', '((rust))',
    'AND', 'NOT', 'OR', 'and', 'not', 'or', 'rust AND', 'AND rust', 'NOT NOT rust', 'rust NOT', 'rust OR OR python',
    '"', '""', '"""', '"rust', 'rust"', 'ru"st', '"a" "b', "'rust'", '{title}: rust', 'title : rust', '-', '--rust', '- rust',
    '+rust', 'rust\u0000python', '\u200f', '🎉', '🎉🎉 party', '!!! ??? ...', 'the a of', 'x'.repeat(10_000),
    'word '.repeat(2000), '北'.repeat(5000), 'in:notes', 'tag: is: saved:', 'saved:>1999-99-99', 'is:', 'a OR',
    'ｎｅａｒ（ｘ', 'c++', 'node.js', 'e-mail', '"NEAR(a b)" OR "*"', '\\"rust\\"', 'rust\npython', 'rust\tpython',
  ];
  for (const query of bad) {
    for (const typing of [false, true]) {
      for (const { tokenize, db } of INDEXES) {
        assert.doesNotThrow(() => search(db, query, typing), `${JSON.stringify(query.slice(0, 40))} typing=${typing} with ${tokenize}`);
      }
    }
  }
  finds('NEAR(rust', []);
  finds('NEAR( rust', [5]);
  finds('title:rust', [1]);
  finds('title:rust OR notes:rust', [1, 5]);
  finds('rust*', [1, 3, 5]);
  finds('"NEAR the end"', [5]);
  finds('"inside" titles', [5]);
  finds('🎉 party', [6]);
  finds('!!! ???', Object.keys(ROWS).map(Number));
  finds('x'.repeat(10_000), []);
  finds('rust NOT python', [1, 5]);
  finds('c++ e-mail', []);
});

test('a thousand random queries of FTS5 syntax, operators and words never make the engine throw', () => {
  const pieces = ['"', '“', '-', '*', '^', ':', '(', ')', '{', '}', ',', '+', 'NEAR', 'AND', 'OR', 'NOT', 'or', 'tag:', 'in:', 'is:', 'saved:>', 'title:', 'rust', 'café', '北京', '🎉', ' ', ' ', ' ', '\u0000', "'", '\\', 'x'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 1000; i++) {
    const query = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const typing = random() < 0.5;
    for (const { db } of INDEXES) assert.doesNotThrow(() => search(db, query, typing), JSON.stringify(query));
  }
});
