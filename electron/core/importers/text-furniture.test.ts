import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stripFurniture } from './text-cleanup.ts';
import { FURNITURE_LINES, isFurnitureLine, isInterruption, isTrailerMarker, TRAILER_MARKERS } from './text-furniture.ts';
import { splitIntoUnits } from './text-lines.ts';

describe('furniture lines', () => {
  test('the documented list is matched regardless of case, counts and punctuation', () => {
    for (const line of ['Discussion about this post', 'SHARE THIS ARTICLE', 'Advertisement', 'Subscribe', 'Comments (12)',
      '12 Comments', 'Related articles:', 'Read more »', 'Sign up for our newsletter', '• Share on Facebook', 'You may also like…']) {
      assert.ok(isFurnitureLine(line), line);
    }
  });

  test('patterns catch furniture with a variable part', () => {
    for (const line of ['Follow us on Mastodon', 'Tags: Syria, Russia, Turkey', '© 2024 Example Media Ltd', '7 min read',
      'More from Business', 'Sign up to The Morning Briefing', 'Home › World › Middle East']) {
      assert.ok(isFurnitureLine(line), line);
    }
  });

  test('article sentences and headings are not furniture', () => {
    for (const line of ['Share prices fell sharply on Monday.', 'Comments from the minister were brief.', 'Related to this, the council voted.',
      'France-Russia axis versus Turkey', 'Discussion', 'The end.']) {
      assert.ok(!isFurnitureLine(line) || line === 'Discussion', line);
    }
    // "Discussion" alone is furniture when it trails, but never opens a trailer: papers have Discussion sections.
    assert.ok(!isTrailerMarker('Discussion'));
  });

  test('every trailer marker is also a furniture line', () => {
    for (const marker of TRAILER_MARKERS) assert.ok(FURNITURE_LINES.has(marker), marker);
  });

  test('interruptions are the advertising lines only', () => {
    assert.ok(isInterruption('ADVERTISEMENT'));
    assert.ok(isInterruption('Story continues below advertisement'));
    assert.ok(!isInterruption('Subscribe'));
  });
});

describe('stripFurniture', () => {
  const texts = (text: string): string[] => stripFurniture(splitIntoUnits(text)).map((unit) => unit.text);

  test('short unpunctuated lines after the last paragraph go, a sign-off stays', () => {
    assert.deepEqual(texts('The article ends with this sentence.\n— Jane Doe\nJane Doe and 3 others\nPosted by admin'), [
      'The article ends with this sentence.',
      '— Jane Doe',
    ]);
  });

  test('the general rule needs a real paragraph before it', () => {
    assert.deepEqual(texts('Just a title\nAnd a subtitle'), ['Just a title', 'And a subtitle']);
  });

  test('leading furniture is dropped only before the article starts', () => {
    assert.deepEqual(texts('Menu\nSearch\nA real first sentence of the article.\nSearch\nThe last sentence.'), [
      'A real first sentence of the article.',
      'Search',
      'The last sentence.',
    ]);
  });
});
