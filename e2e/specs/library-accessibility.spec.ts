// axe-core over the library's states in every theme: landmarks, names, roles, and colour contrast (WCAG 2.x AA).
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, seededDataDir } from '../support/fixtures.ts';
import { axeViolations as violations } from '../support/axe.ts';
import { LibraryPage } from '../pages/library-page.ts';

test.use({ seed: { count: 30 }, viewport: { width: 1200, height: 820 } });

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the library, its help and its palette pass axe in ${theme}`, async ({ shell, library }) => {
    await library.invoke('settings.update', { theme });
    await shell.page.reload();
    await library.waitReady();
    await expect(shell.page.locator('html')).toHaveAttribute('data-theme', theme);

    await library.press('j'); // a selected row with its actions showing
    await expect(library.focusedRow()).toHaveCount(1);
    expect(await violations(shell.page)).toEqual([]);

    await library.press('?');
    await expect(shell.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await violations(shell.page)).toEqual([]);
    await shell.page.keyboard.press('Escape');

    await library.press('Control+k');
    await expect(shell.page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    expect(await violations(shell.page)).toEqual([]);
  });
}

test('the empty library and the restore screen pass axe', async ({ launch }) => {
  let shell = await launch(); // `launch` seeds nothing: an empty library
  await new LibraryPage(shell.page).waitReady();
  expect(await violations(shell.page)).toEqual([]);
  await shell.close();

  const dataDir = await seededDataDir({ count: 3 });
  await mkdir(join(dataDir, 'backups', '2026-11-24T18-30-00-000Z'), { recursive: true });
  await copyFile(join(dataDir, 'library.json'), join(dataDir, 'backups', '2026-11-24T18-30-00-000Z', 'library.json'));
  await writeFile(join(dataDir, 'library.json'), '{ not json');
  shell = await launch({ dataDir });
  await expect(shell.page.getByTestId('status-corrupt')).toBeVisible();
  expect(await violations(shell.page)).toEqual([]);
});
