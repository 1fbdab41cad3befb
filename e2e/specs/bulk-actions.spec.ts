// Multi-select and bulk actions: x and shift+j to select, ctrl/cmd- and shift-click, select all matching,
// and archive, tag and delete for the whole batch, each with one Undo that brings every article back.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';

test.use({ seed: { count: 40 }, viewport: { width: 1280, height: 820 }, undoWindowMs: 20_000 });

test('select three with x and shift+j, archive them, Undo brings all three back', async ({ library }) => {
  await library.press('j');
  await library.press('x');
  await library.press('Shift+J');
  await library.press('Shift+J');
  await expect(library.selectionStatus).toHaveText('3 articles selected');
  await expect(library.bulkBar).toBeVisible();
  const chosen = await library.checkedTitles();
  expect(chosen).toHaveLength(3);
  await library.screenshot('bulk-bar-light');
  expect(await axeViolations(library.page, '[data-testid="bulk-bar"]')).toEqual([]);
  expect(await axeViolations(library.page, '.list')).toEqual([]);

  await library.bulkBar.getByRole('button', { name: 'Archive', exact: true }).click();
  for (const title of chosen) await expect(library.row(title)).toHaveCount(0);
  await expect(library.toasts.last()).toContainText('Archived 3 articles');
  await expect(library.bulkBar).toHaveCount(0);

  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  for (const title of chosen) await expect(library.row(title)).toHaveCount(1);
  await library.showFilter('Archived');
  for (const title of chosen) await expect(library.row(title)).toHaveCount(0);
});

test('ctrl/cmd-click and shift-click select; the selection survives scrolling; Esc clears it', async ({ shell, library }) => {
  await library.rows.nth(0).locator('.row-title').click({ modifiers: ['ControlOrMeta'] });
  await library.rows.nth(3).locator('.row-title').click({ modifiers: ['Shift'] });
  await expect(library.selectionStatus).toHaveText('4 articles selected');
  const chosen = await library.checkedTitles();

  // Scroll far enough that the rows leave the window and are drawn again on the way back.
  const list = shell.page.getByTestId('article-list');
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(library.row(chosen[0]!)).toHaveCount(0);
  await list.evaluate((el) => (el.scrollTop = 0));
  await expect.poll(() => library.checkedTitles()).toEqual(chosen);

  await library.press('Escape');
  await expect(library.bulkBar).toHaveCount(0);
  await expect(library.selectionStatus).toHaveText('');
});

test('select all matching, tag them all from the bar, Undo untags only what it tagged', async ({ shell, library }) => {
  await library.press('j');
  await library.tagWithKeyboard(['later']); // one already has it: Undo of the bulk tag must leave it
  await expect(library.sidebarTag('later').locator('.side-count')).toHaveText(/^1\b/);
  await library.press('ControlOrMeta+A');
  const all = (await library.count.textContent())?.match(/\d+/)?.[0];
  await expect(library.selectionStatus).toHaveText(`${all} articles selected`);

  await library.bulkBar.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(library.tagPicker).toHaveAccessibleName(`Tag ${all} articles`);
  await shell.page.keyboard.type('lat');
  await shell.page.keyboard.press('Enter');
  await shell.page.keyboard.press('Enter');
  await expect(library.sidebarTag('later').locator('.side-count')).toHaveText(new RegExp(`^${all}`));
  await expect(library.toasts.last()).toContainText(`Tagged ${Number(all) - 1} articles with “later”`);

  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  await expect(library.sidebarTag('later').locator('.side-count')).toHaveText(/^1\b/);
});

test('delete three at once; one Undo restores them all; dark theme', async ({ library }) => {
  await library.useTheme('Dark');
  await library.press('j');
  await library.press('x');
  await library.press('Shift+ArrowDown');
  await library.press('Shift+ArrowDown');
  const chosen = await library.checkedTitles();
  await library.screenshot('bulk-bar-dark');
  expect(await axeViolations(library.page, '[data-testid="bulk-bar"]')).toEqual([]);
  await library.press('d');
  for (const title of chosen) await expect(library.row(title)).toHaveCount(0);
  await expect(library.toasts.last()).toContainText('Deleted 3 articles');
  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  for (const title of chosen) await expect(library.row(title)).toHaveCount(1);
});
