// The app around the library: the theme follows the system live, `?` lists the shortcuts of every view in front,
// Ctrl+K runs any action by name, dialogs keep and return focus, and the last open article reopens on start.
import { test, expect } from '../support/fixtures.ts';

test.use({ seed: { count: 30 }, viewport: { width: 1200, height: 820 }, colorScheme: 'dark' });

test('the system theme is followed live, and a chosen theme sticks', async ({ shell, library }) => {
  const html = shell.page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await library.screenshot('library-dark');
  await shell.page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');

  await shell.page.getByRole('button', { name: 'Appearance' }).click();
  await shell.page.getByRole('radio', { name: 'Sepia' }).check();
  await expect(html).toHaveAttribute('data-theme', 'sepia');
  await shell.page.keyboard.press('Escape');
  await library.screenshot('library-sepia');
  await shell.restart();
  await library.waitReady();
  await expect(html).toHaveAttribute('data-theme', 'sepia');
});

test('reduced motion turns every transition and animation off', async ({ shell }) => {
  // In milliseconds, whether the minifier wrote "200ms" or ".2s".
  const duration = () =>
    shell.page.evaluate(() => {
      const value = getComputedStyle(document.documentElement).getPropertyValue('--dur-medium').trim();
      return value.endsWith('ms') ? Number.parseFloat(value) : Number.parseFloat(value) * 1000;
    });
  expect(await duration()).toBe(200);
  await shell.page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe(0);
});

test('? lists the shortcuts, traps focus, and gives it back on Esc', async ({ shell, library }) => {
  await library.press('j');
  const row = library.focusedRow();
  await expect(row).toHaveCount(1);
  await library.press('?');
  const dialog = shell.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const text of ['Next article', 'Archive or unarchive', 'Search articles', 'Open the command palette']) {
    await expect(dialog).toContainText(text);
  }
  await library.screenshot('library-shortcut-help');
  for (let i = 0; i < 4; i++) await shell.page.keyboard.press('Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await shell.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveCount(1);
});

test('the command palette finds an action by name and runs it', async ({ shell, library }) => {
  await library.press('Control+k');
  const palette = shell.page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await shell.page.keyboard.type('theme sepia');
  await library.screenshot('library-command-palette');
  await shell.page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(shell.page.locator('html')).toHaveAttribute('data-theme', 'sepia');
});

test('the palette also finds articles by title and opens them', async ({ shell, library }) => {
  const title = (await library.rows.nth(3).locator('.row-title').textContent()) ?? '';
  await library.press('Control+k');
  await shell.page.keyboard.type(title.slice(0, 14));
  const palette = shell.page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: title })).toBeVisible();
  await library.screenshot('library-palette-articles');
  await palette.getByRole('option', { name: title }).click();
  await expect(shell.page.locator('.reader')).toContainText(title);
});

test('the last open article reopens on start', async ({ shell, library }) => {
  const title = (await library.rows.nth(1).locator('.row-title').textContent()) ?? '';
  await library.rows.nth(1).locator('.row-open').click();
  await expect(shell.page.locator('.reader')).toBeVisible();
  await shell.restart();
  await expect(shell.page.locator('.reader')).toBeVisible();
  await expect(shell.page.locator('.reader')).toContainText(title);
});
