// Coming back from an article keeps the library where it was: the same rows on screen and the same row under the
// keyboard, in a 2,000-article library, also in a filtered list; and clicking a row that has to scroll into view
// first throws nothing.
import { test, expect } from '../support/fixtures.ts';
import type { Page } from '@playwright/test';
import type { LibraryPage } from '../pages/library-page.ts';

test.use({ seed: { count: 2000, words: 60 }, viewport: { width: 1200, height: 820 } });

async function scrollList(page: Page, top: number): Promise<void> {
  await page.getByTestId('article-list').evaluate((el, to) => el.scrollTo({ top: to }), top);
  await expect(page.locator('.row-placeholder')).toHaveCount(0);
}

/** What the reader sees of the list: its scroll offset and the first row fully in view. */
async function place(page: Page): Promise<{ top: number; firstIndex: number }> {
  return page.getByTestId('article-list').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="article-row"]')]
      .filter((row) => row.getBoundingClientRect().top >= box.top)
      .map((row) => Number(row.dataset.index));
    return { top: el.scrollTop, firstIndex: Math.min(...rows) };
  });
}

async function backFromReader(page: Page, library: LibraryPage): Promise<void> {
  await expect(page.locator('.reader[data-ready="true"]')).toBeVisible({ timeout: 25_000 });
  await page.keyboard.press('Escape');
  await library.waitReady();
}

test('back from an article opened far down: the same rows in view, the same row selected', async ({ shell, library }) => {
  const errors: string[] = [];
  shell.page.on('pageerror', (error) => errors.push(error.message));
  await scrollList(shell.page, 120_000);
  const before = await place(shell.page);
  expect(before.firstIndex).toBeGreaterThan(500);

  // The row cut off by the bottom edge: a click scrolls it into view and opens it.
  // The mouse, not Playwright's click, so nothing scrolls the row into view before the press.
  const cut = await shell.page.getByTestId('article-list').evaluate((el) => {
    const bottom = el.getBoundingClientRect().bottom;
    const row = [...el.querySelectorAll<HTMLElement>('[data-testid="article-row"]')].find((r) => {
      const box = r.getBoundingClientRect();
      return box.top < bottom - 10 && box.bottom > bottom;
    });
    const box = row?.getBoundingClientRect();
    return row && box ? { index: row.dataset.index!, x: box.left + 40, y: box.top + 5 } : null;
  });
  expect(cut).not.toBeNull();
  await shell.page.mouse.click(cut!.x, cut!.y);
  await backFromReader(shell.page, library);
  expect(errors).toEqual([]);
  await expect(library.focusedRow()).toHaveAttribute('data-index', cut!.index);
  const after = await place(shell.page);
  expect(after.firstIndex).toBeGreaterThanOrEqual(before.firstIndex);
  expect(after.firstIndex).toBeLessThanOrEqual(before.firstIndex + 1);

  // By keyboard: j moves the cursor, Enter opens, Esc comes back to exactly the same place.
  await library.press('j');
  const cursor = await library.focusedRow().getAttribute('data-index');
  const held = await place(shell.page);
  await library.press('Enter');
  await backFromReader(shell.page, library);
  await expect(library.focusedRow()).toHaveAttribute('data-index', cursor!);
  expect(await place(shell.page)).toEqual(held);
  expect(errors).toEqual([]);
});

test('in a filtered list the place is kept too', async ({ shell, library }) => {
  await library.showFilter('Unread');
  await expect(library.rows.first()).toBeVisible();
  await scrollList(shell.page, 60_000);
  const third = (await place(shell.page)).firstIndex + 2;
  await shell.page.locator(`[data-testid="article-row"][data-index="${third}"] .row-title`).click();
  await backFromReader(shell.page, library);
  const held = await place(shell.page);
  expect(held.top).toBeGreaterThan(50_000);
  const cursor = await library.focusedRow().getAttribute('data-index');
  await library.press('Enter');
  await backFromReader(shell.page, library);
  await expect(library.focusedRow()).toHaveAttribute('data-index', cursor!);
  expect(await place(shell.page)).toEqual(held);
});
