// The reading anchor in real Chromium layout, without the app: reading it and scrolling back to it are inverse
// operations at any font size or width (docs/architecture.md rule 7). The app journeys (reader-progress) cover the wiring.
import { test, expect, type Page } from '@playwright/test';
import { marked } from 'marked';
import { bundleForPage } from '../support/bundle-for-page.ts';
import { sampleArticleMarkdown } from '../pages/reader-sample-article.ts';

function articlePage(): string {
  const body = marked.parse(sampleArticleMarkdown().markdown) as string;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    html { font: 20px/1.6 serif; overflow-anchor: none; } body { margin: 0; padding: 4rem 1.5rem 6rem; }
    article { max-width: 38em; margin: 0 auto; hyphens: auto; } pre, table { overflow-x: auto; display: block; }
  </style></head><body><article><div id="article-body">${body}</div></article></body></html>`;
}

let script: string;

test.beforeAll(async () => {
  script = await bundleForPage(
    `
        export { readAnchor, scrollToAnchor, TOP_INSET } from '../../renderer/reader/reading-anchor.ts';
        export { readingBlocks } from '../../renderer/reader/reading-blocks.ts';`,
    'RA',
    import.meta.dirname,
  );
});

/** The sample article on a static page `width` pixels wide, with the anchor code as window.RA. */
async function open(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 700 });
  await page.setContent(articlePage());
  await page.addScriptTag({ content: script });
}

test('restoring an anchor after a size or width change puts its character on the top line, and back again exactly', async ({ page }) => {
  await open(page, 1100);
  const failures = await page.evaluate(() => {
    const RA = (window as any).RA;
    const blocks: Element[] = RA.readingBlocks(document.getElementById('article-body'));
    const root = document.documentElement;
    const max = () => root.scrollHeight - innerHeight;
    // Where the anchor sits: its character's glyph top, or the block's top for an anchor at a block's start.
    const charTop = (a: { block: number; offset: number }) => {
      const block = blocks[a.block]!;
      if (a.offset === 0) return block.getBoundingClientRect().top;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let left = a.offset;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.nodeValue!.length;
        if (left < len) {
          const r = document.createRange();
          r.setStart(n, left);
          r.setEnd(n, left + 1);
          return r.getClientRects()[0]!.top;
        }
        left -= len;
      }
      return block.getBoundingClientRect().top;
    };
    const bad: string[] = [];
    let midBlock = 0;
    const layouts: [string, () => void][] = [
      ['26px', () => (root.style.fontSize = '26px')],
      ['15px', () => (root.style.fontSize = '15px')],
      ['narrow', () => (document.body.style.width = '420px')],
    ];
    for (let i = 1; i <= 24; i++) {
      root.style.fontSize = '';
      document.body.style.width = '';
      scrollTo({ top: Math.round((max() * i) / 26) + 7, behavior: 'instant' });
      const a = RA.readAnchor(document, blocks);
      if (!a) continue;
      if (a.offset > 0) midBlock++;
      for (const [name, change] of layouts) {
        change();
        RA.scrollToAnchor(document, blocks, a);
        const clamped = scrollY >= max() - 1;
        const top = charTop(a);
        if (!clamped && Math.abs(top - RA.TOP_INSET) > 1.5) bad.push(`${i} ${name}: char at ${top}`);
        const b = RA.readAnchor(document, blocks);
        if (!clamped && (b.block !== a.block || b.offset > a.offset)) bad.push(`${i} ${name}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
        root.style.fontSize = '';
        document.body.style.width = '';
        RA.scrollToAnchor(document, blocks, a);
        const c = RA.readAnchor(document, blocks);
        if (JSON.stringify(c) !== JSON.stringify(a) && scrollY < max() - 1) bad.push(`${i} back from ${name}: ${JSON.stringify(a)} -> ${JSON.stringify(c)}`);
      }
    }
    return { bad, midBlock };
  });
  expect(failures.bad).toEqual([]);
  // Most positions fall inside a paragraph, so the character offset (not just the block) is what is tested.
  expect(failures.midBlock).toBeGreaterThan(12);
});

test('an anchor read at the top of the page is null, and null restores to the top', async ({ page }) => {
  await open(page, 900);
  const out = await page.evaluate(() => {
    const RA = (window as any).RA;
    const blocks = RA.readingBlocks(document.getElementById('article-body'));
    const atTop = RA.readAnchor(document, blocks);
    scrollTo({ top: 900, behavior: 'instant' });
    RA.scrollToAnchor(document, blocks, null);
    return { atTop, y: scrollY };
  });
  expect(out).toEqual({ atTop: null, y: 0 });
});

test('reading the anchor looks at a handful of blocks, not all of them, so it can run on every scroll frame', async ({ page }) => {
  await open(page, 1100);
  const out = await page.evaluate(() => {
    const RA = (window as any).RA;
    const body = document.getElementById('article-body')!;
    // Ten copies of the sample: a long article of about 35,000 words.
    body.innerHTML = body.innerHTML.repeat(10);
    const blocks = RA.readingBlocks(body);
    const max = document.documentElement.scrollHeight - innerHeight;
    // Every layout read readAnchor makes, counted: a search through the blocks reads a few dozen at most.
    const measure = Element.prototype.getBoundingClientRect;
    let reads = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads++;
      return measure.call(this);
    };
    const readsPerCall: number[] = [];
    const times: number[] = [];
    try {
      for (let i = 1; i <= 200; i++) {
        scrollTo({ top: (max * i) / 201, behavior: 'instant' });
        void document.body.getBoundingClientRect(); // lay out first: a scroll frame has layout done before we read
        reads = 0;
        const t = performance.now();
        RA.readAnchor(document, blocks);
        times.push(performance.now() - t);
        readsPerCall.push(reads);
      }
    } finally {
      Element.prototype.getBoundingClientRect = measure;
    }
    times.sort((a, b) => a - b);
    return { blocks: blocks.length, mostReads: Math.max(...readsPerCall), median: times[100]!, p95: times[190]! };
  });
  // Timed for the log only (timings are the benchmarks' business); the bound is on the work done.
  console.log(`readAnchor on a ~35,000-word article (${out.blocks} blocks): at most ${out.mostReads} layout reads, median ${out.median.toFixed(3)} ms, p95 ${out.p95.toFixed(3)} ms`);
  expect(out.blocks).toBeGreaterThan(500);
  expect(out.mostReads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(out.blocks)) + 4);
});
