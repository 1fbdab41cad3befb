// Tagging from the keyboard: t opens the picker, autocomplete folds case and accents, the chip shows on the
// row, the sidebar counts it, Undo takes it back, and it all survives a restart.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';

test.use({ seed: { count: 12 }, viewport: { width: 1280, height: 820 }, undoWindowMs: 20_000 });

test('t tags the article under the cursor; autocomplete offers the tag again, folded', async ({ shell, library }) => {
  await expect(library.sidebar.getByText('No tags yet')).toBeVisible();
  await library.press('j');
  const first = library.focusedRow();
  const firstTitle = (await first.locator('.row-title').textContent()) ?? '';
  await library.tagWithKeyboard(['Slow reading']);
  await expect(library.toasts.first()).toContainText('Tagged');
  await expect(library.rowTags(library.row(firstTitle))).toHaveText(['Slow reading']);
  await expect(library.sidebarTag('Slow reading').locator('.side-count')).toContainText('1');

  // The next article: typing "SLÓW" (other case, an accent) offers the existing tag first.
  await library.press('j');
  await expect(library.focusedRow()).toHaveAttribute('data-index', '1');
  const secondTitle = (await library.focusedRow().locator('.row-title').textContent()) ?? '';
  await library.press('t');
  await shell.page.keyboard.type('SLÓW');
  const option = library.tagPicker.getByRole('option').first();
  await expect(option).toContainText('Slow reading');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await library.screenshot('tags-picker-light');
  expect(await axeViolations(shell.page, '.tag-picker-dialog')).toEqual([]);
  await shell.page.keyboard.press('Enter');
  await expect(library.tagPicker.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['Slow reading']);
  await shell.page.keyboard.press('Enter');
  await expect(library.tagPicker).toHaveCount(0);
  await expect(library.rowTags(library.row(secondTitle))).toHaveText(['Slow reading']);
  await expect(library.sidebarTag('Slow reading').locator('.side-count')).toContainText('2');

  // It is on disk: a restart shows the same chips and count.
  await shell.restart();
  await library.waitReady();
  await expect(library.rowTags(library.row(firstTitle))).toHaveText(['Slow reading']);
  await expect(library.sidebarTag('Slow reading').locator('.side-count')).toContainText('2');
  expect((await library.invoke('tags.list', {})) as { name: string; articleCount: number }[]).toEqual([
    expect.objectContaining({ name: 'Slow reading', articleCount: 2 }),
  ]);
});

test('Backspace removes a chip; Undo in the toast puts the tags back as they were', async ({ shell, library }) => {
  await library.press('j');
  const title = (await library.focusedRow().locator('.row-title').textContent()) ?? '';
  await library.tagWithKeyboard(['rivers', 'maps']);
  await expect(library.rowTags(library.row(title))).toHaveText(['rivers', 'maps']);

  // Open again: the chips are the article's tags; Backspace on the empty field removes the last one.
  await library.row(title).locator('.row-open').focus();
  await library.press('t');
  await shell.page.keyboard.press('Backspace');
  await shell.page.keyboard.press('Enter');
  await expect(library.rowTags(library.row(title))).toHaveText(['rivers']);
  await expect(library.toasts.last()).toContainText('Removed “maps”');
  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  await expect(library.rowTags(library.row(title))).toHaveText(['rivers', 'maps']);
});

test('the sidebar shows a tag’s articles, recolours it, and deletes it with Undo', async ({ shell, library }) => {
  await library.press('j');
  await library.tagWithKeyboard(['Glaciers']);
  await library.cursorDown();
  await library.tagWithKeyboard(['glaciers']); // the same tag, typed in another case
  await expect(library.sidebarTag('Glaciers').locator('.side-count')).toContainText('2');

  await library.sidebarTag('Glaciers').locator('.side-item-main').click();
  await expect(library.filterBox).toHaveValue('tag:"Glaciers"');
  await expect(library.rows).toHaveCount(2);

  await library.sidebarAction(library.sidebarTag('Glaciers'), 'Blue');
  await expect(library.sidebarTag('Glaciers').locator('.tag-dot.tag-color-blue')).toBeVisible();
  await expect(library.rows.first().locator('.row-tags .tag-dot.tag-color-blue')).toBeVisible();

  await shell.page.getByRole('button', { name: 'Clear search' }).click();
  await library.press('Escape'); // back to the list, so the search tips close
  await library.screenshot('tags-sidebar-light');
  await library.useTheme('Dark');
  await library.screenshot('tags-sidebar-dark');
  expect(await axeViolations(shell.page, '.sidebar')).toEqual([]);
  expect(await axeViolations(shell.page, '.list')).toEqual([]);

  await library.sidebarAction(library.sidebarTag('Glaciers'), 'Delete');
  await expect(library.sidebarTag('Glaciers')).toHaveCount(0);
  await expect(library.toasts.last()).toContainText('Deleted the tag “Glaciers”');
  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  await expect(library.sidebarTag('Glaciers').locator('.side-count')).toContainText('2');
});

test('the reader tags the open article from its bar; the library shows it on return', async ({ shell, library }) => {
  await library.press('j');
  const title = (await library.focusedRow().locator('.row-title').textContent()) ?? '';
  await library.press('Enter');
  await expect(shell.page.locator('.reader[data-ready="true"]')).toBeVisible(); // the article has the keyboard by then
  await shell.page.getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(library.tagPicker).toHaveAccessibleName(`Tag “${title}”`);
  await shell.page.keyboard.type('Night trains');
  await shell.page.keyboard.press('Enter');
  await shell.page.keyboard.press('Enter');
  await expect(library.tagPicker).toHaveCount(0);
  await expect(library.toasts.last()).toContainText('with “Night trains”');
  await shell.page.keyboard.press('Escape');
  await expect(library.rowTags(library.row(title))).toHaveText(['Night trains']);
});

test('renaming a tag onto another merges them; the palette opens the picker too', async ({ shell, library }) => {
  await library.press('j');
  await library.tagWithKeyboard(['maps']);
  // The second tag must go on another article, or the merge has one article to count.
  await library.cursorDown();
  // From the command palette rather than t.
  await shell.page.keyboard.press('ControlOrMeta+K');
  await shell.page.keyboard.type('Tag the article');
  await shell.page.keyboard.press('Enter');
  await expect(library.tagPicker).toBeVisible();
  await shell.page.keyboard.type('cartography');
  await shell.page.keyboard.press('Enter');
  await shell.page.keyboard.press('Enter');
  await expect(library.sidebarTag('cartography')).toHaveCount(1);

  await library.sidebarAction(library.sidebarTag('cartography'), 'Rename');
  const field = library.sidebar.getByRole('textbox', { name: 'New name for “cartography”' });
  await field.fill('MAPS');
  await expect(library.sidebar.getByText('Merges into “maps”')).toBeVisible();
  await field.press('Enter');
  await expect(library.sidebarTag('cartography')).toHaveCount(0);
  await expect(library.sidebarTag('maps').locator('.side-count')).toHaveText(/^2\b/);
  await expect(library.toasts.last()).toContainText('Merged “cartography” into “maps”');
});
