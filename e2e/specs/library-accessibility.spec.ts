// axe-core over the library's states in every theme: landmarks, names, roles, and colour contrast (WCAG 2.x AA).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, type BrowserShell } from '../support/launch-app.ts';
import { seedLibrary } from '../support/seed-library.ts';
import { LibraryPage } from '../pages/library-page.ts';

let shell: BrowserShell | undefined;

test.afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

/** Violations as short lines, so a failure says what and where without a wall of JSON. */
async function violations(page: Page): Promise<string[]> {
  // Mid-animation colours are not what anyone reads: measure once dialogs and toasts have settled.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the library, its help and its palette pass axe in ${theme}`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lectern-e2e-a11y-'));
    await seedLibrary(dataDir, { count: 30 });
    shell = await launchApp({ dataDir, viewport: { width: 1200, height: 820 } });
    const library = new LibraryPage(shell.page);
    await library.waitReady();
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

test('the empty library and the restore screen pass axe', async () => {
  shell = await launchApp({ viewport: { width: 1200, height: 820 } });
  await new LibraryPage(shell.page).waitReady();
  expect(await violations(shell.page)).toEqual([]);
  await shell.close();

  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-e2e-a11y-corrupt-'));
  await seedLibrary(dataDir, { count: 3 });
  await mkdir(join(dataDir, 'backups', '2026-11-24T18-30-00-000Z'), { recursive: true });
  await copyFile(join(dataDir, 'library.json'), join(dataDir, 'backups', '2026-11-24T18-30-00-000Z', 'library.json'));
  await writeFile(join(dataDir, 'library.json'), '{ not json');
  shell = await launchApp({ dataDir, viewport: { width: 1200, height: 820 } });
  await expect(shell.page.getByTestId('status-corrupt')).toBeVisible();
  expect(await violations(shell.page)).toEqual([]);
});
