// The reader's text-anchoring helpers in real Chromium: live Range objects (which linkedom, used by
// the unit tests, does not implement), the user's selection, and painting speed on a long article.
// A static page, no app shell: the helpers are bundled with esbuild and injected.
import { test, expect, type Page } from '@playwright/test';
import { bundleForPage } from '../support/bundle-for-page.ts';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<p id="outside">Not part of the article.</p>
<article id="a"><h1>Anchoring <em>in Chromium</em></h1>
<p>First paragraph with <b>bold <i>and italic</i></b> words.</p>
<ul><li>Item one</li><li>Item two 😀 ✓</li></ul>
<p dir="rtl">שלום עולם, مرحبا</p><p>日本語のテキスト。</p>
</article></body></html>`;

let script: string;

test.beforeAll(async () => {
  // Everything the page needs, exposed as window.TA.
  script = await bundleForPage(
    `
        export * from '../../renderer/text-position/text-offsets.ts';
        export * from '../../renderer/highlights/paint-highlights.ts';
        export { anchorAll } from '../../electron/shared/annotations/anchor.ts';
        export { describeRange } from '../../electron/shared/annotations/selectors.ts';
        export { makeProse } from '../../electron/shared/annotations/sample-prose.ts';`,
    'TA',
    import.meta.dirname,
  );
});

async function open(page: Page, html = PAGE): Promise<void> {
  await page.setContent(html);
  await page.addScriptTag({ content: script });
}

test('rangeFromTextOffsets and textOffsetsFromRange agree with textContent for every range', async ({ page }) => {
  await open(page);
  const failures = await page.evaluate(() => {
    const TA = (window as any).TA;
    const root = document.getElementById('a')!;
    const text = root.textContent!;
    const bad: string[] = [];
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const range: Range = TA.rangeFromTextOffsets(root, s, e);
        if (range.toString() !== text.slice(s, e)) bad.push(`toString ${s},${e}`);
        const back = TA.textOffsetsFromRange(root, range);
        if (back.start !== s || back.end !== e) bad.push(`offsets ${s},${e} -> ${back.start},${back.end}`);
      }
    }
    return bad.slice(0, 5);
  });
  expect(failures).toEqual([]);
});

test('a selection made of element boundaries and reaching outside the article maps to clamped offsets', async ({ page }) => {
  await open(page);
  const result = await page.evaluate(() => {
    const TA = (window as any).TA;
    const root = document.getElementById('a')!;
    const range = document.createRange();
    range.setStart(document.getElementById('outside')!.firstChild!, 4);
    range.setEndAfter(root.querySelector('li')!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const o = TA.textOffsetsFromRange(root, selection.getRangeAt(0));
    return root.textContent!.slice(o.start, o.end);
  });
  expect(result.startsWith('Anchoring in Chromium')).toBe(true);
  expect(result.endsWith('Item one')).toBe(true);
});

test('describe, edit the article, re-anchor and paint: marks cover the edited words; unwrap restores the DOM', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(() => {
    const TA = (window as any).TA;
    const root = document.getElementById('a')!;
    const text = root.textContent!;
    const quotes = ['bold and italic words', 'Item two 😀', 'שלום עולם', 'テキスト'];
    const selectors = quotes.map((q) => TA.describeRange(text, text.indexOf(q), text.indexOf(q) + q.length));
    // The article is edited: a new paragraph on top and a word changed inside one highlight.
    root.insertAdjacentHTML('afterbegin', '<p>An editor’s note was added.</p>');
    root.querySelector('i')!.textContent = 'and some italic';
    const html = root.innerHTML;
    const anchors = TA.anchorAll(root.textContent!, selectors);
    const painted = TA.paintHighlights(root, anchors.map((a: any) => a ?? { start: 0, end: 0 }), () => document.createElement('mark'));
    const texts = painted.map((marks: HTMLElement[]) => marks.map((m) => m.textContent).join(''));
    TA.unwrap(painted.flat());
    return { texts, methods: anchors.map((a: any) => a?.method ?? null), restored: root.innerHTML === html };
  });
  expect(out.texts).toEqual(['bold and some italic words', 'Item two 😀', 'שלום עולם', 'テキスト']);
  expect(out.methods).toEqual(['fuzzy', 'quote', 'quote', 'quote']);
  expect(out.restored).toBe(true);
});

test('painting 300 highlights on a 10,000-word article is exact, and unwrapping restores it (time logged)', async ({ page }) => {
  await open(page, '<!doctype html><html><body><article id="a"></article></body></html>');
  page.on('console', (m) => console.log(m.text()));
  const out = await page.evaluate(() => {
    const TA = (window as any).TA;
    const root = document.getElementById('a')!;
    const paragraphs: string[] = TA.makeProse(10000, 3).split('\n\n');
    root.innerHTML = paragraphs.map((p: string, i: number) => (i % 3 === 0 ? `<p>${p.replace(/(\w+ \w+)\./, '<em>$1</em>.')}</p>` : `<p>${p}</p>`)).join('\n');
    const text = root.textContent!;
    const html = root.innerHTML;
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = (i * 7919) % (text.length - 400);
      return { start, end: start + 20 + ((i * 131) % 300) };
    });
    const t0 = performance.now();
    const painted = TA.paintHighlights(root, spans, () => document.createElement('mark'));
    const paintMs = performance.now() - t0;
    const mismatches = painted
      // The newlines between paragraphs are layout whitespace and stay unpainted.
      .map((marks: HTMLElement[], i: number) => [marks.map((m) => m.textContent).join(''), text.slice(spans[i]!.start, spans[i]!.end).replace(/\n/g, '')])
      .filter(([got, want]: string[]) => got !== want);
    const exact = mismatches.length === 0 && root.textContent === text;
    if (!exact) console.log(JSON.stringify(mismatches.slice(0, 2)));
    const t1 = performance.now();
    TA.unwrap(painted.flat());
    const unwrapMs = performance.now() - t1;
    return { paintMs, unwrapMs, exact, marks: painted.flat().length, chars: text.length, restored: root.innerHTML === html };
  });
  console.log(JSON.stringify({ paint300Ms: Math.round(out.paintMs * 10) / 10, unwrapMs: Math.round(out.unwrapMs * 10) / 10, marks: out.marks, chars: out.chars }));
  expect(out.exact).toBe(true);
  expect(out.restored).toBe(true);
  expect(out.marks).toBeGreaterThanOrEqual(300);
});
