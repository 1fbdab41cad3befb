// A whole book as one article (reader/body-chunks.ts): it opens at its first paragraph, its last one can be reached,
// a size change applies, and a place deep inside comes back after a restart. The text is made up (support/huge-book.ts), ~12 MB.
import { test, expect } from '../support/fixtures.ts';
import type { ReaderPage } from '../pages/reader-page.ts';
import { HUGE_BOOK_LAST_PARAGRAPH as LAST_PARAGRAPH, hugeBook as book } from '../support/huge-book.ts';

test.use({ viewport: { width: 1200, height: 800 } });

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
