// When the library cannot open: a damaged database offers its newest backup and restoring brings the articles
// back; a library held by another Lectern says so and opens once it is free.
import { test, expect } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, type BrowserShell } from '../support/launch-app.ts';
import { seedLibrary } from '../support/seed-library.ts';
import { LibraryPage, SCREENSHOT_DIR } from '../pages/library-page.ts';

let shell: BrowserShell | undefined;

test.afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

async function seededDir(prefix: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await seedLibrary(dataDir, { count: 20 });
  return dataDir;
}

test('a damaged database shows the restore screen, and restoring the newest backup opens the library', async () => {
  const dataDir = await seededDir('lectern-e2e-corrupt-');
  const backups = [
    ['2026-11-20T10-00-00-000Z', '2026-11-20T10:00:00Z'],
    ['2026-11-24T18-30-00-000Z', '2026-11-24T18:30:00Z'],
  ] as const;
  for (const [id, when] of backups) {
    await mkdir(join(dataDir, 'backups', id), { recursive: true });
    await copyFile(join(dataDir, 'library.json'), join(dataDir, 'backups', id, 'library.json'));
    await utimes(join(dataDir, 'backups', id, 'library.json'), new Date(when), new Date(when));
  }
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion": 1, "articles": [ {"id": "trunc');

  shell = await launchApp({ dataDir, viewport: { width: 1200, height: 820 } });
  const page = shell.page;
  const screen = page.getByTestId('status-corrupt');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Lectern could not read your library');
  await expect(screen).toContainText('library.json');
  await expect(screen).toContainText('Older backups (1)');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-corrupt.png') });

  await screen.getByRole('button', { name: 'Restore newest backup' }).click();
  const library = new LibraryPage(page);
  await library.waitReady();
  await expect(library.count).toHaveText('18 articles');
  await library.screenshot('library-restored');
});

test('a library held by another Lectern explains itself and opens when freed', async () => {
  const dataDir = await seededDir('lectern-e2e-locked-');
  // Process 1 is always alive and never us: the lock looks held by another program.
  const lock = join(dataDir, 'lectern.lock');
  await writeFile(lock, JSON.stringify({ pid: 1, owner: 'the lectern command', since: new Date().toISOString() }));

  shell = await launchApp({ dataDir, viewport: { width: 1200, height: 820 } });
  const page = shell.page;
  const screen = page.getByTestId('status-locked');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('Your library is open elsewhere');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-locked.png') });

  await rm(lock);
  await shell.restart();
  await new LibraryPage(page).waitReady();
});
