import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { anchor, anchorAll, type AnchorResult } from './anchor.ts';
import { describeRange, type TextPositionSelector, type TextQuoteSelector } from './selectors.ts';
import { makeProse } from './sample-prose.ts';

const ARTICLE = [
  'The harbour council met on Tuesday to discuss the new bridge across the river.',
  'Residents had asked for a footpath, a cycle lane and better lighting at night.',
  'After a long debate the council agreed to fund the footpath but not the lighting.',
  'The minister said the decision would be reviewed next winter, once costs were known.',
].join('\n\n');

/** Selectors for the first occurrence of `quote` in `text`. */
function select(text: string, quote: string, occurrence = 0): [TextQuoteSelector, TextPositionSelector] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `fixture must contain ${JSON.stringify(quote)}`);
  return describeRange(text, at, at + quote.length);
}

function slice(text: string, r: AnchorResult | null): string | null {
  return r === null ? null : text.slice(r.start, r.end);
}

describe('anchor: unchanged and shifted text', () => {
  test('uses the position when the text is unchanged', () => {
    const sel = select(ARTICLE, 'cycle lane');
    const r = anchor(ARTICLE, sel);
    assert.deepEqual(r, { start: ARTICLE.indexOf('cycle lane'), end: ARTICLE.indexOf('cycle lane') + 10, method: 'position' });
  });

  test('finds the verbatim quote after an insertion earlier in the text', () => {
    const sel = select(ARTICLE, 'agreed to fund the footpath');
    const edited = 'Updated: an earlier version of this story misnamed the council.\n\n' + ARTICLE;
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'quote');
    assert.equal(r?.start, edited.indexOf('agreed to fund the footpath'));
    assert.equal(slice(edited, r), 'agreed to fund the footpath');
  });

  test('finds the quote after a deletion earlier in the text', () => {
    const sel = select(ARTICLE, 'reviewed next winter');
    const edited = ARTICLE.replace('Residents had asked for a footpath, a cycle lane and better lighting at night.\n\n', '');
    const r = anchor(edited, sel);
    assert.equal(slice(edited, r), 'reviewed next winter');
    assert.equal(r?.method, 'quote');
  });

  test('rejects a position that now holds the same words in a different context', () => {
    const text = 'A: the council voted. B: the council adjourned.';
    const sel = select(text, 'the council', 1);
    const shift = text.indexOf('the council', 10) - text.indexOf('the council');
    // Shift the text so the *first* occurrence now sits exactly at the old offset of the second.
    const edited = '~'.repeat(shift) + text;
    assert.equal(edited.slice(sel[1].start, sel[1].end), 'the council', 'fixture: the old offset holds the same words');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'quote');
    assert.equal(r?.start, edited.indexOf('the council adjourned'));
  });
});

describe('anchor: repeated quotes', () => {
  const repeated = [
    'Chapter one. The light was on. She read until late.',
    'Chapter two. The light was on. He wrote until dawn.',
    'Chapter three. The light was on. They slept until noon.',
  ].join('\n');

  test('context picks the right one of three identical quotes', () => {
    const sel = select(repeated, 'The light was on', 1);
    const edited = 'Preface added later, pushing everything down a little.\n' + repeated;
    const r = anchor(edited, sel);
    assert.equal(r?.start, edited.indexOf('The light was on. He wrote'));
  });

  test('context picks the right occurrence even when the position hint points at another one', () => {
    const sel = select(repeated, 'The light was on', 2);
    // Shift by exactly the distance between occurrences 1 and 2, in the wrong direction.
    const edited = repeated.replace('Chapter one. The light was on. She read until late.\n', '');
    const r = anchor(edited, sel);
    assert.equal(r?.start, edited.indexOf('The light was on. They slept'));
  });

  test('with identical context, the occurrence nearest the expected position wins', () => {
    const same = 'Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes.';
    const sel = describeRange(same, 20, 23); // the fifth "Yes"
    const edited = 'No. ' + same;
    const [r] = anchorAll(edited, [sel]);
    assert.equal(r?.start, 24);
  });
});

describe('anchor: fuzzy after edits', () => {
  test('an insertion inside the highlight', () => {
    const sel = select(ARTICLE, 'asked for a footpath, a cycle lane and better lighting');
    const edited = ARTICLE.replace('a cycle lane', 'a wide cycle lane');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(slice(edited, r), 'asked for a footpath, a wide cycle lane and better lighting');
  });

  test('a deletion inside the highlight', () => {
    const sel = select(ARTICLE, 'After a long debate the council agreed to fund the footpath');
    const edited = ARTICLE.replace('After a long debate the', 'After debate the');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(slice(edited, r), 'After debate the council agreed to fund the footpath');
  });

  test('a typo fix inside the highlight', () => {
    const typo = ARTICLE.replace('reviewed next winter', 'reveiwed next wniter');
    const sel = select(typo, 'decision would be reveiwed next wniter');
    const r = anchor(ARTICLE, sel);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(slice(ARTICLE, r), 'decision would be reviewed next winter');
  });

  test('changed whitespace inside and around the highlight maps back to the original offsets', () => {
    const sel = select(ARTICLE, 'the new bridge across the river');
    const edited = ARTICLE.replace(/ /g, '  ').replace('new  bridge', 'new\n\u00a0bridge').replace(/\n\n/g, '\n');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'quote');
    assert.equal(slice(edited, r), 'the  new\n\u00a0bridge  across  the  river');
  });

  test('whitespace removed entirely between blocks', () => {
    const sel = select(ARTICLE, 'at night.\n\nAfter a long debate');
    const edited = ARTICLE.replace(/\n\n/g, '');
    assert.equal(slice(edited, anchor(edited, sel)), 'at night.After a long debate');
  });

  test('an edited highlight is preferred over a verbatim copy in unrelated context', () => {
    const text = 'Some prefer colour photographs. ' + 'Filler words go here to separate the two parts. '.repeat(3) + 'The old colour photographs were faded.';
    const sel = select(text, 'The old colour photographs');
    const edited = text.replace('The old colour photographs', 'The old color photographs');
    const r = anchor(edited, sel);
    assert.equal(slice(edited, r), 'The old color photographs');
  });
});

describe('anchor: moved text', () => {
  test('a paragraph moved far away and edited is still found', () => {
    const paragraphs = makeProse(3000, 4).split('\n\n');
    const moved = 'The council agreed to fund the new footpath along the harbour, but not the lighting that residents asked for.';
    const text = [moved, ...paragraphs].join('\n\n');
    const sel = select(text, 'agreed to fund the new footpath along the harbour');
    // Moved to the very end (far outside the local search window) with a word changed inside the quote.
    const edited = [...paragraphs, moved.replace('new footpath', 'wide footpath')].join('\n\n');
    assert.ok(edited.length > 10_000, 'fixture: the move is long-distance');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(slice(edited, r), 'agreed to fund the wide footpath along the harbour');
  });
});

describe('anchor: orphans', () => {
  test('returns null when the highlighted sentence is deleted', () => {
    const sel = select(ARTICLE, 'Residents had asked for a footpath, a cycle lane and better lighting at night.');
    const edited = ARTICLE.replace('Residents had asked for a footpath, a cycle lane and better lighting at night.\n\n', '');
    assert.equal(anchor(edited, sel), null);
  });

  test('returns null for a short quote whose context is gone, even though the word appears elsewhere', () => {
    const sel = select(ARTICLE, 'footpath', 0);
    const edited = ARTICLE.replace('Residents had asked for a footpath, a cycle lane and better lighting at night.', 'Nobody said anything.');
    const r = anchor(edited, sel);
    assert.equal(r, null);
  });

  test('returns null when the highlight was rewritten beyond recognition', () => {
    const sel = select(ARTICLE, 'reviewed next winter, once costs were known');
    const edited = ARTICLE.replace('reviewed next winter, once costs were known', 'final and binding');
    assert.equal(anchor(edited, sel), null);
  });

  test('returns null on empty text and for a whitespace-only quote that moved', () => {
    assert.equal(anchor('', select(ARTICLE, 'bridge')), null);
    const sel = describeRange(ARTICLE, ARTICLE.indexOf('\n\n'), ARTICLE.indexOf('\n\n') + 2);
    assert.equal(anchor('x' + ARTICLE.replace(/\n\n/g, ' '), sel), null);
  });
});

describe('anchor: Unicode', () => {
  test('emoji (surrogate pairs) inside the quote survive an insertion and are never split', () => {
    const text = 'Party time 🎉🎉 with friends 👩‍👩‍👧 and cake 🍰 tonight at eight.';
    const sel = select(text, '👩‍👩‍👧 and cake 🍰');
    const edited = '🌟 New: ' + text.replace('cake', 'chocolate cake');
    const r = anchor(edited, sel);
    assert.equal(slice(edited, r), '👩‍👩‍👧 and chocolate cake 🍰');
  });

  test('a fuzzy match that would start inside a surrogate pair is widened to the whole character', () => {
    const text = 'Intro text before the emoji part. 😀abcdefghij klmnopqrst and after that the end.';
    const sel = select(text, 'abcdefghij klmnopqrst');
    const edited = text.replace('😀abcdefghij', '😀bcdefghij');
    const r = anchor(edited, sel);
    assert.ok(r !== null);
    const s = slice(edited, r) as string;
    assert.ok(!/^[\udc00-\udfff]/.test(s) && !/[\ud800-\udbff]$/.test(s), 'no lone surrogates at the edges');
    assert.ok(s.includes('bcdefghij klmnopqrst'));
  });

  test('right-to-left text (Arabic and Hebrew)', () => {
    const text = 'مرحبا بكم في المكتبة الجديدة. نحن نقرأ الكتب كل يوم. שלום לכולם, הספרייה פתוחה היום.';
    const sel = select(text, 'نقرأ الكتب كل يوم');
    const edited = 'مقدمة قصيرة. ' + text.replace('كل يوم', 'كل  يوم');
    assert.equal(slice(edited, anchor(edited, sel)), 'نقرأ الكتب كل  يوم');
    const he = select(text, 'הספרייה פתוחה');
    assert.equal(slice(edited, anchor(edited, he)), 'הספרייה פתוחה');
  });

  test('CJK without spaces, with a changed character inside the quote', () => {
    const text = '今天天气很好。我们去图书馆看书，然后在公园里散步。晚上我们一起吃饭，聊了很多有趣的事情。';
    const sel = select(text, '我们去图书馆看书，然后在公园里散步');
    const edited = '前言。' + text.replace('公园里', '花园里');
    const r = anchor(edited, sel);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(slice(edited, r), '我们去图书馆看书，然后在花园里散步');
  });
});

describe('anchor: boundaries and partial selectors', () => {
  test('a highlight at the very start and one at the very end', () => {
    const first = select(ARTICLE, 'The harbour council');
    const last = describeRange(ARTICLE, ARTICLE.length - 11, ARTICLE.length);
    assert.equal(first[0].prefix, '');
    assert.equal(last[0].suffix, '');
    const edited = 'Lead. ' + ARTICLE + ' Update appended.';
    assert.equal(slice(edited, anchor(edited, first)), 'The harbour council');
    assert.equal(slice(edited, anchor(edited, last)), 'were known.');
  });

  test('the whole text as one highlight', () => {
    const sel = describeRange(ARTICLE, 0, ARTICLE.length);
    assert.deepEqual(anchor(ARTICLE, sel), { start: 0, end: ARTICLE.length, method: 'position' });
  });

  test('position-only and quote-only selector lists', () => {
    const [quote, position] = select(ARTICLE, 'better lighting');
    assert.deepEqual(anchor(ARTICLE, [position]), { start: position.start, end: position.end, method: 'position' });
    assert.equal(anchor(ARTICLE.slice(0, 10), [position]), null);
    const r = anchor('Prefix. ' + ARTICLE, [quote]);
    assert.equal(r?.start, position.start + 8);
    assert.equal(anchor(ARTICLE, []), null);
  });
});

describe('anchorAll', () => {
  test('keeps input order and agrees with anchor() one by one', () => {
    const quotes = ['minister', 'cycle lane', 'The harbour council', 'agreed to fund'];
    const sels = quotes.map((q) => select(ARTICLE, q));
    const edited = 'Breaking. ' + ARTICLE.replace('agreed to fund', 'agreed to part-fund');
    const all = anchorAll(edited, sels);
    assert.deepEqual(all, sels.map((s) => anchor(edited, s)));
    assert.deepEqual(all.map((r) => slice(edited, r)), ['minister', 'cycle lane', 'The harbour council', 'agreed to part-fund']);
  });
});
