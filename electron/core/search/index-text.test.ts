import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import { FTS_TOKENIZE, indexText } from './index-text.ts';

const tokens = (text: string): string[] => indexText(text).split(/\s+/).filter(Boolean);

test('folds accents, case and full-width forms like the filter box', () => {
  assert.equal(indexText('Café CRÈME'), 'cafe creme');
  assert.equal(indexText('Ｗｉｄｅ　ｔｅｘｔ'), 'wide text');
  assert.equal(indexText('Straße Łódź'), 'strasse lodz');
});

test('leaves spaced scripts, Korean included, as they are after folding', () => {
  const latin = 'The quick brown fox, jumps! over 12 lazy dogs.';
  assert.equal(indexText(latin), latin.toLowerCase());
  assert.equal(indexText('한국어 문장입니다'), '한국어 문장입니다'.normalize('NFKD'));
  assert.equal(indexText('שלום עולם'), 'שלום עולם');
});

test('a Chinese sentence becomes several tokens', () => {
  const words = tokens('我们今天去北京大学读书');
  assert.ok(words.length >= 4, words.join('|'));
  assert.ok(words.includes('北京'), words.join('|'));
  assert.equal(words.join(''), '我们今天去北京大学读书');
});

test('Japanese is cut into words and keeps its voiced kana whole', () => {
  const words = tokens('東京都に住んでいます');
  assert.ok(words.length >= 3, words.join('|'));
  assert.ok(words.includes('東京'), words.join('|'));
  assert.ok(indexText('ガスコンロ').includes('ガ'));
  assert.ok(!indexText('ガスコンロ').includes('\u3099'));
  // Half-width katakana fold to full width first.
  assert.equal(indexText('ｶﾞｽ'), indexText('ガス'));
});

test('Thai, which has no spaces either, is cut into words', () => {
  assert.ok(tokens('ภาษาไทยง่ายนิดเดียว').length >= 3);
});

test('mixed Latin and CJK: the CJK run is set apart from the Latin around it', () => {
  assert.deepEqual(tokens('iPhone发布会在Apple总部'), ['iphone', '发布', '会', '在', 'apple', '总部']);
  assert.equal(indexText('A 中文 b'), 'a 中文 b');
});

test('the same words give the same tokens inside a sentence and on their own', () => {
  const sentence = tokens('他说北京大学很好');
  for (const word of tokens('北京大学')) assert.ok(sentence.includes(word), `${word} in ${sentence.join('|')}`);
});

test('with FTS_TOKENIZE, words with vowel signs stay whole tokens', () => {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(a, tokenize = "${FTS_TOKENIZE}")`);
  db.exec("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')");
  db.prepare('INSERT INTO t (a) VALUES (?)').run(indexText('हिन्दी भाषा ภาษาไทย Café'));
  const terms = (db.prepare('SELECT term FROM v').all() as { term: string }[]).map((row) => row.term);
  assert.ok(terms.includes('हिन्दी'), terms.join('|'));
  assert.ok(terms.includes('cafe'), terms.join('|'));
  assert.ok(terms.includes('ภาษา'), terms.join('|'));
});
