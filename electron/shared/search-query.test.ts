import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, type QueryAtom, type SearchColumn } from './search-query.ts';

const word = (text: string, { negated = false, phrase = false, prefix = false, column = null as SearchColumn | null } = {}): QueryAtom => ({
  negated,
  term: { kind: 'text', text, phrase, prefix, column },
});
const clauses = (query: string, typing = false) => parseQuery(query, { typing }).clauses;
const hints = (query: string, typing = false) => parseQuery(query, { typing }).hints;

test('bare words are clauses that must all match', () => {
  assert.deepEqual(clauses('rust async'), [[word('rust')], [word('async')]]);
  assert.deepEqual(hints('rust async'), []);
  assert.deepEqual(clauses('   '), []);
});

test('while typing the last word is a prefix, once it has two letters and nothing follows it', () => {
  assert.deepEqual(clauses('rust asy', true), [[word('rust')], [word('asy', { prefix: true })]]);
  assert.deepEqual(clauses('rust asy ', true), [[word('rust')], [word('asy')]]);
  assert.deepEqual(clauses('rust a', true), [[word('rust')], [word('a')]]);
  assert.deepEqual(clauses('rust asy'), [[word('rust')], [word('asy')]]);
  assert.deepEqual(clauses('-asy', true), [[word('asy', { negated: true })]]);
});

test('quoted phrases, straight or curly, and exclusions', () => {
  assert.deepEqual(clauses('"exact phrase" -word -"two words"'), [
    [word('exact phrase', { phrase: true })],
    [word('word', { negated: true })],
    [word('two words', { negated: true, phrase: true })],
  ]);
  assert.deepEqual(clauses('“smart quotes”'), [[word('smart quotes', { phrase: true })]]);
  assert.deepEqual(clauses('-tag:x'), [[{ negated: true, term: { kind: 'tag', key: 'x' } }]]);
  assert.deepEqual(clauses('NOT rust'), [[word('rust', { negated: true })]]);
  assert.deepEqual(clauses('a AND b'), [[word('a')], [word('b')]]);
});

test('unbalanced quotes are searched as words with a hint; while typing they are the phrase being typed', () => {
  assert.deepEqual(clauses('"open phrase'), [[word('open')], [word('phrase')]]);
  assert.deepEqual(hints('"open phrase'), ['Unbalanced quote — searched as words']);
  assert.deepEqual(clauses('say "open phr', true), [[word('say')], [word('open phr', { phrase: true, prefix: true })]]);
  // The phrase's last word is what must have two letters: "open p" would look up every word starting with p.
  assert.deepEqual(clauses('say "open p', true), [[word('say')], [word('open p', { phrase: true })]]);
  assert.deepEqual(hints('say "open phr', true), []);
  assert.deepEqual(clauses('"'), []);
  assert.deepEqual(clauses('""'), []);
});

test('OR binds tighter than the spaces: a OR b c is (a OR b) AND c', () => {
  assert.deepEqual(clauses('a OR b c'), [[word('a'), word('b')], [word('c')]]);
  assert.deepEqual(clauses('a OR b OR "c d"'), [[word('a'), word('b'), word('c d', { phrase: true })]]);
  assert.deepEqual(clauses('tag:a OR tag:b'), [[{ negated: false, term: { kind: 'tag', key: 'a' } }, { negated: false, term: { kind: 'tag', key: 'b' } }]]);
  // lower-case or is a word
  assert.deepEqual(clauses('this or that'), [[word('this')], [word('or')], [word('that')]]);
});

test('an OR it cannot answer is read as AND, with a hint', () => {
  assert.deepEqual(clauses('tag:a OR rust').length, 2);
  assert.match(hints('tag:a OR rust')[0]!, /words with words/);
  assert.deepEqual(clauses('a OR -b'), [[word('a')], [word('b', { negated: true })]]);
  assert.match(hints('a OR -b')[0]!, /excluded word/);
  assert.deepEqual(clauses('OR a OR'), [[word('a')]]);
  assert.deepEqual(clauses('a OR 🎉 b'), [[word('a')], [word('b')]]);
  assert.equal(hints('OR a OR').length, 2);
  assert.deepEqual(hints('a OR', true), []);
});

test('tag:, site:, author: and is: read their values', () => {
  const filters = (query: string) => clauses(query).map((clause) => clause.map((atom) => atom.term));
  assert.deepEqual(filters('tag:"To Read" TAG:#Émigré'), [[{ kind: 'tag', key: 'to read' }], [{ kind: 'tag', key: 'emigre' }]]);
  assert.deepEqual(filters('site:https://www.LWN.net/Articles/1'), [[{ kind: 'site', host: 'lwn.net', name: 'https://www.lwn.net/articles/1' }]]);
  assert.deepEqual(filters('author:"Jonathan Corbet"'), [[{ kind: 'author', name: 'jonathan corbet' }]]);
  assert.deepEqual(filters('is:unread is:in-progress is:Favourite is:highlighted is:noted is:archived is:finished'), [
    [{ kind: 'is', state: 'unread' }], [{ kind: 'is', state: 'reading' }], [{ kind: 'is', state: 'favorite' }],
    [{ kind: 'is', state: 'highlighted' }], [{ kind: 'is', state: 'noted' }], [{ kind: 'is', state: 'archived' }],
    [{ kind: 'is', state: 'finished' }],
  ]);
  assert.deepEqual(clauses('is:sleepy'), []);
  assert.match(hints('is:sleepy')[0]!, /Unknown "is:sleepy" — use is:unread/);
});

test('saved: takes a day, a month, a year, a comparison or a range', () => {
  const range = (query: string) => {
    const term = clauses(query)[0]?.[0]?.term;
    return term?.kind === 'saved' ? [term.from, term.to] : null;
  };
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();
  assert.deepEqual(range('saved:>2025-01-01'), [day(2025, 1, 2), null]);
  assert.deepEqual(range('saved:>=2025-01-01'), [day(2025, 1, 1), null]);
  assert.deepEqual(range('saved:<2025-01-01'), [null, day(2025, 1, 1)]);
  assert.deepEqual(range('saved:<=2025-01'), [null, day(2025, 2, 1)]);
  assert.deepEqual(range('saved:2025-02'), [day(2025, 2, 1), day(2025, 3, 1)]);
  assert.deepEqual(range('saved:2025-12-31'), [day(2025, 12, 31), day(2026, 1, 1)]);
  assert.deepEqual(range('saved:2024'), [day(2024, 1, 1), day(2025, 1, 1)]);
  assert.deepEqual(range('saved:2025-01..2025-03'), [day(2025, 1, 1), day(2025, 4, 1)]);
  assert.deepEqual(range('saved:2025-01..*'), [day(2025, 1, 1), null]);
  for (const bad of ['saved:2025-02-30', 'saved:2025-13', 'saved:>yesterday', 'saved:..', 'saved:>']) {
    assert.equal(range(bad), null, bad);
    assert.equal(hints(bad).length, 1, bad);
  }
});

test('in: restricts words to columns; alone it says to add a word', () => {
  assert.deepEqual(parseQuery('in:notes in:highlights rust', { typing: false }).columns, ['note', 'highlights']);
  assert.deepEqual(hints('in:notes'), ['in: looks for words: add one to search for']);
  assert.match(hints('in:sidebar rust')[0]!, /Unknown "in:sidebar"/);
  assert.match(hints('-in:notes rust')[0]!, /not supported/);
});

test('title:, body:, url:, notes: and highlights: look for one word or phrase in that column', () => {
  assert.deepEqual(clauses('title:rust Notes:"two words"'), [[word('rust', { column: 'title' })], [word('two words', { phrase: true, column: 'note' })]]);
  assert.deepEqual(hints('title:rust'), []);
});

test('unknown operators are words with a hint; addresses are words without one', () => {
  assert.deepEqual(clauses('foo:bar'), [[word('foo:bar')]]);
  assert.deepEqual(hints('foo:bar'), ['Unknown operator "foo:" — searched as words']);
  assert.deepEqual(clauses('https://lwn.net/x'), [[word('https://lwn.net/x')]]);
  assert.deepEqual(hints('https://lwn.net/x'), []);
  assert.deepEqual(clauses('10:30'), [[word('10:30')]]);
});

test('an operator without a value is left out with a hint, quietly while it is being typed', () => {
  assert.deepEqual(clauses('tag: site: is: saved: author:'), []);
  assert.equal(hints('tag: site: is: saved: author:').length, 5);
  assert.deepEqual(hints('rust tag:', true), []);
  assert.match(hints('tag:#')[0]!, /names no tag/);
});

test('bad input gets a sensible reading', () => {
  const long = 'word '.repeat(2000);
  assert.equal(clauses(long).length, 64);
  assert.deepEqual(hints(long), ['Only the first 64 terms are searched']);
  const huge = clauses('x'.repeat(10_000))[0]![0]!.term;
  assert.equal(huge.kind === 'text' && huge.text.length, 200);
  assert.deepEqual(clauses('!!! ??? ... * ^ :'), []);
  assert.equal(hints('!!! ???').length, 2);
  assert.deepEqual(clauses('🎉'), []);
  assert.match(hints('🎉')[0]!, /no letters or digits/);
  assert.deepEqual(clauses('NEAR(a b) c*'), [[word('NEAR(a')], [word('b)')], [word('c*')]]);
  assert.deepEqual(clauses('\u200fשלום עולם\u200f'), [[word('שלום')], [word('עולם')]]);
  assert.deepEqual(clauses('ｔａｇ：ｘ　ｙ'), [[{ negated: false, term: { kind: 'tag', key: 'x' } }], [word('y')]]);
  assert.deepEqual(clauses('- -- -"'), []);
  assert.deepEqual(clauses('and or not'), [[word('and')], [word('or')], [word('not')]]);
});
