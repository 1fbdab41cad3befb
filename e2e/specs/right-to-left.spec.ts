// Right-to-left articles: a Hebrew row keeps its meta line in order (each part isolated, the dots between them),
// and a page that says dir="rtl" only on its <article> opens right to left.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1200, height: 820 } });

const HEBREW = 'זהו מאמר בעברית על קריאה איטית ועל תשומת לב לפרטים הקטנים של היום. '.repeat(6);

test('a Hebrew row: parts isolated and in order, a dot between each two', async ({ library }) => {
  await library.importFiles([{ name: 'hebrew.html', mimeType: 'text/html', content: `<h1>מאמר בעברית</h1><p>${HEBREW}</p><p>${HEBREW}</p>` }]);
  const row = library.rows.first();
  await expect(row).toBeVisible();
  const meta = await row.locator('.row-meta').evaluate((line) => {
    const items = [...line.children].filter((el) => el.matches('.row-meta-part, .row-meta-sep'));
    return {
      direction: getComputedStyle(line).direction,
      items: items.map((el) => ({ tag: el.tagName, text: el.textContent, left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right })),
    };
  });
  expect(meta.direction).toBe('rtl');
  const parts = meta.items.filter((item) => item.tag === 'BDI').map((item) => item.text);
  expect(parts[0]).toBe('hebrew.html');
  expect(parts[1]).toMatch(/^\d+ min$/);
  // Part, dot, part, dot…: each one to the left of the one before, nothing overlapping.
  expect(meta.items.map((item) => (item.tag === 'BDI' ? 'part' : item.text))).toEqual(['part', '·', 'part', '·', 'part']);
  for (let i = 1; i < meta.items.length; i++) expect(meta.items[i]!.right).toBeLessThanOrEqual(meta.items[i - 1]!.left + 0.5);
});

test('dir="rtl" only on <article> opens right to left', async ({ library, reader }) => {
  const mixed = `${HEBREW} Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore. `.repeat(3);
  const page = `<!doctype html><html lang="en"><head><title>Mixed page</title></head><body><article dir="rtl"><h1>Mixed page</h1><p>${mixed}</p><p>${mixed}</p></article></body></html>`;
  await library.importFiles([{ name: 'mixed.html', mimeType: 'text/html', content: page }]);
  await library.row('Mixed page').locator('.row-title').click();
  await reader.waitReady();
  const dir = await reader.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.documentElement.dir);
  expect(dir).toBe('rtl');
});
