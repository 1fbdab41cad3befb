import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WORDS_PER_MINUTE, countWords, readingMinutes } from './word-count.ts';

test('counts words, keeping contractions, hyphenations and numbers whole', () => {
  assert.equal(countWords('It’s a well-known fact: 3.5 million people — give or take.'), 10);
  assert.equal(countWords(''), 0);
  assert.equal(countWords('   \n — … '), 0);
});

test('counts each Chinese or Japanese character as a word, and Korean by its spaces', () => {
  assert.equal(countWords('北京是中国的首都。'), 8);
  assert.equal(countWords('東京 Tokyo です'), 5);
  assert.equal(countWords('서울은 한국의 수도이다'), 3);
});

test('keeps combining marks inside words (Devanagari)', () => {
  assert.equal(countWords('नमस्ते दुनिया'), 2);
});

test('counts unspaced Thai at about five letters a word', () => {
  assert.equal(countWords('สวัสดีครับยินดีต้อนรับ'), 4);
});

test('reading minutes: 230 words a minute, at least one', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(WORDS_PER_MINUTE * 8), 8);
  // 1,900 characters of Chinese: about 7½ minutes at the 255 a minute people read it at.
  assert.equal(readingMinutes(countWords('中'.repeat(1900))), 8);
});
