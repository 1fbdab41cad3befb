// When the library cannot open: a damaged database offers its newest backup and restoring brings the articles
// back; a library held by another Lectern says so and opens once it is free.
import { copyFile, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, seededDataDir } from '../support/fixtures.ts';
import { LibraryPage } from '../pages/library-page.ts';

// Each test damages or locks its library before the app starts, so it launches the app itself.
test.use({ viewport: { width: 1200, height: 820 } });

test('a damaged database shows the restore screen, and restoring the newest backup opens the library', async ({ launch }) => {
  const dataDir = await seededDataDir({ count: 20 });
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

  const { page } = await launch({ dataDir });
  const library = new LibraryPage(page);
  const screen = page.getByTestId('status-corrupt');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Lectern could not read your library');
  await expect(screen).toContainText('library.json');
  await expect(screen).toContainText('Older backups (1)');
  await library.screenshot('library-corrupt');

  await screen.getByRole('button', { name: 'Restore newest backup' }).click();
  await library.waitReady();
  await expect(library.count).toHaveText('18 articles');
  await library.screenshot('library-restored');
});

test('a library held by another Lectern explains itself and opens when freed', async ({ launch }) => {
  const dataDir = await seededDataDir({ count: 20 });
  // Process 1 is always alive and never us: the lock looks held by another program.
  const lock = join(dataDir, 'lectern.lock');
  await writeFile(lock, JSON.stringify({ pid: 1, owner: 'the lectern command', since: new Date().toISOString() }));

  const shell = await launch({ dataDir });
  const library = new LibraryPage(shell.page);
  const screen = shell.page.getByTestId('status-locked');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('Your library is open elsewhere');
  await library.screenshot('library-locked');

  await rm(lock);
  await shell.restart();
  await library.waitReady();
});

test('a holder that has shown no sign of running for minutes can be taken over from the locked screen', async ({ launch }) => {
  const dataDir = await seededDataDir({ count: 5 });
  // Process 1 is alive, so the lock is not stale on its own; its heartbeat (the file's time) stopped 5 minutes ago.
  const lock = join(dataDir, 'lectern.lock');
  await writeFile(lock, JSON.stringify({ pid: 1, owner: 'the lectern command', since: new Date(Date.now() - 600_000).toISOString(), token: 'someone-else' }));
  const stale = new Date(Date.now() - 300_000);
  await utimes(lock, stale, stale);

  const shell = await launch({ dataDir });
  const library = new LibraryPage(shell.page);
  const screen = shell.page.getByTestId('status-locked');
  await expect(screen).toContainText('has shown no sign of running for 5 minutes');
  await library.screenshot('library-locked-take-over');
  await screen.getByRole('button', { name: 'Take over' }).click();
  await library.waitReady();
  await expect(screen).toHaveCount(0);
  await expect(library.rows.first()).toBeVisible();
});
