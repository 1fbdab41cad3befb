// axe-core over the screens with nothing, or nothing that works, to show, in light, dark and sepia: an empty
// library, a filter with nothing in it, everything archived, an article whose text is gone, a damaged library
// with its backups, a library held by another Lectern, and a core that no longer answers. The screens of a
// working library are in accessibility-every-screen.spec.ts.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, seededDataDir } from '../support/fixtures.ts';
import { ScreenAudit } from '../support/screen-audit.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { ReaderPage } from '../pages/reader-page.ts';

test.use({ viewport: { width: 1200, height: 820 } });
test.describe.configure({ mode: 'parallel' });

/** Writes backups beside a library (two whole, one torn) and damages its database, as a crash mid-write might. */
async function damageLibrary(dataDir: string): Promise<void> {
  for (const id of ['2026-11-20T10-00-00-000Z', '2026-11-24T18-30-00-000Z', '2026-11-22T09-00-00-000Z']) {
    await mkdir(join(dataDir, 'backups', id), { recursive: true });
    await copyFile(join(dataDir, 'library.json'), join(dataDir, 'backups', id, 'library.json'));
  }
  await writeFile(join(dataDir, 'backups', '2026-11-22T09-00-00-000Z', 'library.json'), '{ "articles": [');
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion": 1, "articles": [ {"id": "trunc');
}

test('an empty library, an empty filter, everything archived and an article that cannot open pass axe in every theme', async ({ launch }) => {
  const found: string[] = [];
  const shell = await launch();
  // Reduced motion (which the app honours) shows every colour in its final state at once: no transition to wait out.
  await shell.page.emulateMedia({ reducedMotion: 'reduce' });
  const library = new LibraryPage(shell.page);
  await library.waitReady();
  const system = new ScreenAudit(shell.page, { schemes: ['light', 'dark'], theme: 'system', screenshots: ['empty-library'], found });
  const sepia = new ScreenAudit(shell.page, { schemes: null, theme: 'sepia', screenshots: ['reader-error'], found });
  const inEveryTheme = async (screen: string, include?: string) => {
    await system.check(screen, include);
    await library.runCommand('Theme: Sepia');
    await sepia.check(screen, include);
    await library.runCommand('Theme: System');
  };
  await inEveryTheme('empty-library');
  await library.showFilter('Favorites');
  await expect(library.emptyState).toContainText('No articles in Favorites');
  await inEveryTheme('empty-filter', '.library-main');
  await library.showFilter('All');
  const { id } = await new ReaderPage(shell.page).importSample();
  await library.rows.first().hover();
  await library.rows.first().getByRole('button', { name: /^Archive/ }).click();
  await expect(library.emptyState).toContainText('All caught up');
  await inEveryTheme('all-caught-up', '.library-main');
  await library.showFilter('Archived');
  await rm(join(shell.dataDir, 'articles', id), { recursive: true });
  await library.rows.first().locator('.row-open').click();
  await expect(shell.page.locator('.reader [role="alert"]')).toBeVisible();
  await inEveryTheme('reader-error');
  expect(found).toEqual([]);
});

test('a damaged library, a library held elsewhere and a core that does not answer pass axe in light and dark', async ({ launch }) => {
  const found: string[] = [];
  // A damaged library offers its backups; a library held elsewhere says so; then, its core no longer answering,
  // the page that says Lectern could not start. Without an open library there are no settings: System, light or dark.
  const damaged = await seededDataDir({ count: 3 });
  await damageLibrary(damaged);
  const locked = await seededDataDir({ count: 3 });
  await writeFile(join(locked, 'lectern.lock'), JSON.stringify({ pid: 1, owner: 'the lectern command', since: new Date().toISOString() }));
  let page: Page | undefined;
  for (const [dataDir, status] of [[damaged, 'status-corrupt'], [locked, 'status-locked']] as const) {
    page = (await launch({ dataDir })).page;
    const screen = page.getByTestId(status);
    await expect(screen).toBeVisible();
    for (const summary of await screen.locator('summary').all()) await summary.click(); // older and damaged backups
    await new ScreenAudit(page, { schemes: ['light', 'dark'], theme: 'system', screenshots: [status], found }).check(status);
  }
  await page!.context().addInitScript(() => {
    const host = window as unknown as { lectern: object };
    host.lectern = { ...host.lectern, invoke: () => Promise.reject(new Error('the core stopped answering')) };
  });
  await page!.reload();
  await expect(page!.getByTestId('status-unreachable')).toBeVisible();
  await new ScreenAudit(page!, { schemes: ['light', 'dark'], theme: 'system', screenshots: ['status-unreachable'], found }).check('status-unreachable');

  expect(found).toEqual([]);
});
