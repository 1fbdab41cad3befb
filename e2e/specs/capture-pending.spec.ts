// Links that cannot be saved yet are never lost: they wait above the list with what went wrong, how often
// they were tried and when the next try is. Retry (or the network coming back) saves them; several links
// at once show progress; a PDF, a missing page and a sign-in wall each say what happened and what to do.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { freePort, startArticleServer, type ArticleServer } from '../support/article-server.ts';

const TITLE = 'The last lighthouse keeper of Skerry Point';

let site: ArticleServer | undefined;

test.use({ viewport: { width: 1200, height: 860 }, allowLocalCaptures: true, undoWindowMs: 3000 });

test.afterEach(async () => {
  await site?.close();
  site = undefined;
});

test('an unreachable site leaves the links waiting; Retry and coming back online save them', async ({ shell, library, capture }) => {
  const port = await freePort();
  const first = `http://127.0.0.1:${port}/2026/02/last-lighthouse-keeper`;
  const second = `http://127.0.0.1:${port}/again/last-lighthouse-keeper`;
  await capture.addUrls([first, second]);

  await expect(capture.pendingRows).toHaveCount(2, { timeout: 15_000 });
  await expect(library.toasts.first()).toContainText(/2 links were not saved/);
  const row = capture.pendingRow('/2026/02/last-lighthouse-keeper');
  await expect(row).toContainText(`127.0.0.1:${port}`);
  await expect(row).toContainText('Can’t reach the site');
  await expect(row).toContainText(`Lectern could not reach 127.0.0.1`);
  await expect(row).toContainText(/Tried once · next try (in a moment|at \d)/);
  await expect(capture.pendingSection).toContainText('2 links waiting to be saved');
  await expect(library.emptyState).toBeVisible(); // nothing saved yet, and the empty state still says how to add
  await library.screenshot('capture-pending-unreachable');

  // The links are in core, not just on screen: they survive a restart.
  await shell.restart();
  await library.waitReady();
  await expect(capture.pendingRows).toHaveCount(2);

  site = await startArticleServer(port);
  await capture.pendingRow('/2026/02/last-lighthouse-keeper').getByRole('button', { name: /^Retry/ }).click();
  await expect(library.toasts.filter({ hasText: `Saved: ${TITLE}` })).toBeVisible({ timeout: 15_000 });
  await expect(capture.pendingRows).toHaveCount(1);
  await expect(library.row(TITLE)).toBeVisible();

  // The browser says the network is back: every waiting link is tried at once.
  await shell.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(capture.pendingSection).toHaveCount(0, { timeout: 15_000 });
  await expect(library.rows).toHaveCount(2);
  expect(site.hits.get('/again/last-lighthouse-keeper')).toBe(1);
});

test('several links at once: progress, then a reason for each one that failed', async ({ shell, library, capture }) => {
  site = await startArticleServer();
  const links = ['/slow/last-lighthouse-keeper', '/annual-report.pdf', '/gone-missing', '/members/sign-in'].map((path) => site!.url(path));
  await capture.addUrls(links);
  await expect(capture.progress).toBeVisible();
  await expect(capture.progress).toContainText(/Saving \d of 4/);
  await library.screenshot('capture-progress');

  await expect(library.toasts.filter({ hasText: 'Saved 1 of 4. 3 links were not saved' })).toBeVisible({ timeout: 15_000 });
  await expect(capture.progress).toHaveCount(0);
  await expect(library.row(TITLE)).toBeVisible();
  await expect(capture.pendingRows).toHaveCount(3);
  await expect(capture.pendingRow('annual-report.pdf')).toContainText('Not a web page');
  await expect(capture.pendingRow('annual-report.pdf')).toContainText('PDFs are not supported yet');
  await expect(capture.pendingRow('gone-missing')).toContainText('Page not found');
  await expect(capture.pendingRow('gone-missing')).toContainText('(404)');
  await expect(capture.pendingRow('gone-missing')).toContainText('waits for you');
  const wall = capture.pendingRow('members/sign-in');
  await expect(wall).toContainText('No article found');
  await expect(wall).toContainText('save the whole page?');
  await library.screenshot('capture-pending-failures');
  expect(await axeViolations(shell.page, '[data-testid="pending-links"]')).toEqual([]);
  await shell.page.keyboard.press('ControlOrMeta+K');
  await shell.page.keyboard.type('Theme: Dark');
  await shell.page.keyboard.press('Enter');
  await expect(shell.page.locator('html[data-theme="dark"]')).toHaveCount(1);
  await shell.page.waitForTimeout(500); // let the colour transition finish before the picture
  await library.screenshot('capture-pending-dark');
  expect(await axeViolations(shell.page, '[data-testid="pending-links"]')).toEqual([]);

  // A sign-in wall has no article: keep the whole page instead.
  await wall.getByRole('button', { name: 'Save the whole page' }).click();
  await expect(library.toasts.filter({ hasText: 'Saved: Sign in' })).toBeVisible({ timeout: 15_000 });
  await expect(capture.pendingRows).toHaveCount(2);

  // Remove, then Undo: the link is back exactly as it was; Remove again and it is gone for good.
  const gone = capture.pendingRow('gone-missing');
  await gone.getByRole('button', { name: /^Remove the link/ }).click();
  await expect(capture.pendingRows).toHaveCount(1);
  await library.clickToastAction('Undo');
  await expect(capture.pendingRow('gone-missing')).toContainText('Tried once');
  await capture.pendingRow('gone-missing').getByRole('button', { name: /^Remove the link/ }).click();
  await expect(capture.pendingRows).toHaveCount(1);
  await expect.poll(async () => ((await library.invoke('pending.list', {})) as unknown[]).length, { timeout: 12_000 }).toBe(1);
});

test('a link pasted into the library is saved; a pasted web page still imports as a page', async ({ shell, library, capture }) => {
  site = await startArticleServer();
  await capture.paste(site.url('/2026/02/last-lighthouse-keeper'));
  await expect(library.toasts.filter({ hasText: `Saved: ${TITLE}` })).toBeVisible({ timeout: 15_000 });
  await expect(library.row(TITLE)).toBeVisible();

  const html = '<h1>Copied from a browser</h1><p>This paragraph was selected in a web page and copied, markup and all.</p><p>A second paragraph keeps it honest.</p>';
  await capture.paste('Copied from a browser\n\nThis paragraph was selected in a web page and copied, markup and all.', html);
  await expect(library.row('Copied from a browser')).toBeVisible();
  expect(site.hits.get('/2026/02/last-lighthouse-keeper')).toBe(1);

  // The header's Add menu offers links beside files.
  await shell.page.getByRole('button', { name: 'Add', exact: true }).click();
  const menu = shell.page.getByRole('menu', { name: 'Add' });
  await expect(menu.getByRole('menuitem')).toHaveText([/Links from the web…/, /Files…/, /From another app…/, /Connect a browser…/]);
  await library.screenshot('capture-add-menu');
  await menu.getByRole('menuitem', { name: /Links from the web/ }).click();
  await expect(capture.field).toBeFocused();
  await capture.field.fill('not a link');
  await capture.field.press('Enter');
  await expect(capture.dialog).toContainText('Type or paste a web address');
  expect(await axeViolations(shell.page, '.add-url-dialog')).toEqual([]);
  await shell.page.keyboard.press('Escape');
  await expect(capture.dialog).toHaveCount(0);

  // The palette knows the field too, and what was typed is still there.
  await shell.page.keyboard.press('ControlOrMeta+K');
  await shell.page.keyboard.type('save links');
  await shell.page.keyboard.press('Enter');
  await expect(capture.field).toBeFocused();
  await expect(capture.field).toHaveValue('not a link');
});
