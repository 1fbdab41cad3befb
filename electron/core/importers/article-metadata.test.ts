import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectDirection, makeExcerpt } from './article-metadata.ts';
import { firstSentence, titleFromFileName, truncateAtWord } from './file-title.ts';
import { parseArticleDate } from './parse-date.ts';

describe('detectDirection', () => {
  test('mostly Hebrew or Arabic letters make rtl', () => {
    assert.equal(detectDirection('שלום עולם, this is mostly Hebrew: שלום שלום שלום שלום'), 'rtl');
    assert.equal(detectDirection('مرحبا بالعالم'), 'rtl');
  });

  test('Latin text, a few RTL words in it, and no letters at all are ltr', () => {
    assert.equal(detectDirection('The word שלום means peace in Hebrew and is used as a greeting.'), 'ltr');
    assert.equal(detectDirection('12345 — 678'), 'ltr');
  });
});

describe('makeExcerpt', () => {
  test('skips short fragments and stops near 200 characters at a word', () => {
    const long = 'This opening paragraph has plenty of words in it, more than enough to fill an excerpt of the usual length, and then it keeps going for a while longer so that it must be cut somewhere sensible.';
    const excerpt = makeExcerpt(['Photo: Reuters', long, 'Second paragraph.']);
    assert.ok(excerpt.startsWith('This opening paragraph'));
    assert.ok(excerpt.length <= 200);
    assert.ok(excerpt.endsWith('…'));
  });

  test('uses short text when that is all there is', () => {
    assert.equal(makeExcerpt(['Hi']), 'Hi');
  });
});

describe('titles from file names and sentences', () => {
  test('file names are prettified', () => {
    assert.equal(titleFromFileName('/home/me/idlib-airstrike.txt'), 'Idlib airstrike');
    assert.equal(titleFromFileName('C:\\docs\\2020-10-27-my_first_post.md'), 'My first post');
    assert.equal(titleFromFileName('Annual Report (2).html'), 'Annual Report');
    assert.equal(titleFromFileName('notes%20on%20rust.md'), 'Notes on rust');
  });

  test('names that say nothing give no title', () => {
    for (const name of ['Untitled.txt', 'document.md', 'New Text Document.txt', '3f2a9c1b7e.html', '20201027.txt']) {
      assert.equal(titleFromFileName(name), null, name);
    }
  });

  test('the first sentence ends at a full stop, not at an abbreviation', () => {
    assert.equal(firstSentence('Dr. Smith met Mr. Jones in the U.S. capital. Then they left.'), 'Dr. Smith met Mr. Jones in the U.S. capital');
    assert.equal(firstSentence('Is it done? Yes.'), 'Is it done?');
    assert.equal(firstSentence('No full stop at all'), 'No full stop at all');
  });

  test('long text is cut at a word with an ellipsis', () => {
    assert.equal(truncateAtWord('one two three four five', 14), 'one two three…');
    assert.equal(truncateAtWord('short', 14), 'short');
  });
});

describe('parseArticleDate', () => {
  test('reads the common ways articles write dates', () => {
    assert.equal(parseArticleDate('2020-10-27'), '2020-10-27');
    assert.equal(parseArticleDate('October 27, 2020'), '2020-10-27');
    assert.equal(parseArticleDate('Tue 27 Oct 2020 14:05 GMT'), '2020-10-27');
    assert.equal(parseArticleDate('27th of October 2020'), '2020-10-27');
    assert.equal(parseArticleDate('Sept. 3, 2019 | 5 min read'), '2019-09-03');
    assert.equal(parseArticleDate('2020-10-27T08:30:00Z'), '2020-10-27T08:30:00.000Z');
  });

  test('rejects what is not a date', () => {
    for (const text of ['foo 2001', 'Chapter 3, 2001', 'February 30, 2020', 'The May 2020 report', '2020']) {
      assert.equal(parseArticleDate(text), null, text);
    }
  });
});
