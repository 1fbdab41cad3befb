// A whole book as one article (reader/body-chunks.ts): it opens at its first paragraph, its last one can be reached,
// a size change applies, and a place deep inside comes back after a restart. The text is generated here, ~12 MB.
import { test, expect } from '../support/fixtures.ts';
import type { ReaderPage } from '../pages/reader-page.ts';

test.use({ viewport: { width: 1200, height: 800 } });

const WORDS = 'the river keeps its own time and the reader who follows it learns to wait for the light to change on the water'.split(' ');
const LAST_PARAGRAPH = 'The very last paragraph of the book, and the end of the river.';

/** About `megabytes` of plain text: chapters of numbered paragraphs, then a closing line. */
function book(megabytes: number): string {
  const parts: string[] = ['A Book Too Long To Print'];
  let size = 0;
  for (let n = 1; size < megabytes * 1024 * 1024; n++) {
    if (n % 150 === 1) parts.push(`CHAPTER ${Math.ceil(n / 150)}`);
    const words: string[] = [];
    for (let i = 0; i < 60 + ((n * 37) % 90); i++) words.push(WORDS[(n * 7 + i * 13) % WORDS.length]!);
    const paragraph = `Paragraph ${n}. ${words.join(' ')}.`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  parts.push(LAST_PARAGRAPH);
  return parts.join('\n\n');
}

/** Waits until the whole book has arrived and the place is restored (the first screen shows before that). */
async function waitComplete(reader: ReaderPage): Promise<void> {
  await expect(reader.page.locator('.reader[data-complete="true"]')).toBeVisible({ timeout: 60_000 });
}

test('a 12 MB book opens at once, reaches its end, changes size and keeps a place and a highlight deep inside', async ({ shell, reader, highlights }) => {
  test.setTimeout(240_000);
  const { id } = (await reader.invoke('articles.importText', { text: book(12), format: 'text', title: 'A Book Too Long To Print' })) as { id: string };
  await reader.open(id);
  await expect(reader.frame().locator('#article-body p').first()).toBeInViewport();
  await expect(reader.frame().locator('#article-body p').first()).toHaveText(/^Paragraph 1\. /);
  await waitComplete(reader);
  // The body arrived in chunks, and only those near the view are laid out.
  expect(await reader.frame().locator('.lectern-chunk').count()).toBeGreaterThan(100);
  await reader.screenshot('reader-huge-article-light');

  await reader.press('=');
  await expect.poll(async () => (await reader.articleStyle()).fontSize).toBe('22px');
  await expect(reader.frame().locator('#article-body p').first()).toBeInViewport();

  await reader.press('Shift+G');
  await expect(reader.frame().getByText(LAST_PARAGRAPH)).toBeInViewport();

  // A highlight far from the first screen: painted once the whole book is in, again after the restart.
  await highlights.select('Paragraph 20000.');
  await highlights.highlightWith('green');

  await reader.scrollTo(0.6);
  // The highlight's place was saved a moment ago; wait for this one to reach core, not just for "saved".
  const savedFraction = async () => ((await reader.invoke('articles.get', { id })) as { progress: { fraction: number } | null }).progress?.fraction ?? 0;
  await expect.poll(savedFraction).toBeCloseTo(0.6, 1);
  await reader.waitPositionSaved();
  const deep = await reader.topOfView();
  // topOfView keeps a block's first 14 characters: four digits shown means paragraph 1000 or later, of ~24,000.
  expect(deep.block).toMatch(/^Paragraph \d{4}$/);

  await shell.restart();
  await reader.waitReady();
  // Shown (possibly while the rest still arrives) only once it is at the saved place: never the title, then a jump.
  expect((await reader.topOfView()).block).toBe(deep.block);
  await waitComplete(reader);
  await expect.poll(async () => (await reader.topOfView()).block).toBe(deep.block);
  expect((await reader.topOfView()).line).toBe(deep.line);
  await expect.poll(async () => (await highlights.painted()).map((mark) => `${mark.color}: ${mark.text}`)).toEqual(['green: Paragraph 20000.']);

  await reader.openAppearance();
  await reader.chooseTheme('Dark');
  await reader.page.keyboard.press('Escape');
  await expect.poll(async () => (await reader.articleStyle()).theme).toBe('dark');
  expect((await reader.topOfView()).block).toBe(deep.block);
  await reader.screenshot('reader-huge-article-dark');
});
