// Property-style checks of anchoring on a few thousand words of prose under random edits: every
// highlight must land exactly where its words went, on the edited version of its words, or be
// reported orphaned, never somewhere else.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { anchorAll } from './anchor.ts';
import { describeRange, type TextSelector } from './selectors.ts';
import { makeProse, seededRandom } from './sample-prose.ts';
import { editsTouch, mapOffset, mapOffsetLoosely, simulateEdits } from './simulated-edits.ts';

interface Highlight {
  start: number;
  end: number;
  selectors: TextSelector[];
}

/** Random highlights of 1..20 whole words. */
function randomHighlights(text: string, count: number, seed: number): Highlight[] {
  const rand = seededRandom(seed);
  const wordStarts = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: Highlight[] = [];
  for (let i = 0; i < count; i++) {
    const first = Math.floor(rand() * (wordStarts.length - 20));
    const last = first + Math.floor(rand() * 20);
    const start = (wordStarts[first] as readonly [number, number])[0];
    const end = (wordStarts[last] as readonly [number, number])[1];
    out.push({ start, end, selectors: describeRange(text, start, end) });
  }
  return out;
}

describe('anchoring under random edits', () => {
  for (const seed of [1, 2, 3]) {
    test(`seed ${seed}: untouched highlights land exactly, edited ones nearby, none elsewhere`, () => {
      const text = makeProse(3000, seed);
      const highlights = randomHighlights(text, 200, seed + 100);
      const { text: edited, edits } = simulateEdits(text, 120, seed + 200);
      const results = anchorAll(edited, highlights.map((h) => h.selectors));
      let untouched = 0;
      let untouchedFound = 0;
      let touched = 0;
      let touchedFound = 0;
      highlights.forEach((h, i) => {
        const r = results[i] ?? null;
        if (!editsTouch(edits, h.start, h.end)) {
          untouched++;
          const start = mapOffset(edits, h.start, 'start');
          const end = mapOffset(edits, h.end, 'end');
          if (r === null) return;
          untouchedFound++;
          assert.deepEqual([r.start, r.end], [start, end], `highlight ${i} ${JSON.stringify(text.slice(h.start, h.end))} moved to ${JSON.stringify(edited.slice(r.start, r.end))}`);
          return;
        }
        touched++;
        if (r === null) return;
        touchedFound++;
        const from = mapOffsetLoosely(edits, h.start);
        const to = mapOffsetLoosely(edits, h.end);
        const overlaps = r.start < Math.max(to, from + 1) && r.end > from;
        assert.ok(overlaps && r.start >= from - 40 && r.end <= to + 40, `edited highlight ${i} ${JSON.stringify(text.slice(h.start, h.end))} landed on ${JSON.stringify(edited.slice(r.start, r.end))}`);
      });
      // Untouched highlights must practically all survive; edited ones mostly.
      assert.ok(untouchedFound / untouched >= 0.97, `untouched found ${untouchedFound}/${untouched}`);
      assert.ok(touchedFound / touched >= 0.6, `edited found ${touchedFound}/${touched}`);
    });
  }

  test('highlights whose words were deleted are orphaned, not moved', () => {
    const text = makeProse(3000, 9);
    const highlights = randomHighlights(text, 150, 19);
    let wrong = 0;
    const details: string[] = [];
    for (const h of highlights) {
      const edited = text.slice(0, h.start) + text.slice(h.end);
      const [r] = anchorAll(edited, [h.selectors]);
      if (r == null) continue;
      const quote = text.slice(h.start, h.end);
      // Landing on another verbatim copy is legitimate when the quote is long enough to be its own
      // evidence, or when the copy is the deleted words' immediate twin ("food is is the" minus one
      // "is" leaves the same word in the same context). Anything else is a wrong place.
      const twin = Math.abs(r.start - h.start) <= quote.length + 1;
      if (edited.slice(r.start, r.end) === quote && (quote.length >= 24 || twin)) continue;
      wrong++;
      details.push(`${JSON.stringify(quote)} -> ${JSON.stringify(edited.slice(r.start, r.end))}`);
    }
    assert.equal(wrong, 0, details.join('\n'));
  });
});
