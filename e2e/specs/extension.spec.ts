// The Lectern extension in Chromium, against the app's real listener: pairing with the code shown in
// both, a page whose text only its script renders and whose photo needs the reader's cookie saved as the
// reader saw it, tags and undo from the popup, a link and a selection from the context menu, saves that
// wait while Lectern is closed and arrive after it and the browser start again, and a web page's own
// script refused by the listener whatever it sends; a revoked browser is refused too.
import { test, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser.ts';
import { LINKED, PLAIN, RENDERED, SESSION_COOKIE, startExtensionSite, type ExtensionSite } from '../support/extension-site.ts';
import { startListeningCore, type ListeningCore } from '../support/listening-core.ts';

const LISTENER = resolve(import.meta.dirname, '../../electron/core/connection/connection-service.ts');
test.skip(!existsSync(LISTENER), 'The app’s browser listener (electron/core/connection/) is not in this tree, so there is nothing for the extension to talk to.');
test.describe.configure({ mode: 'serial' });

const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');
type Row = { id: string; title: string; url: string | null };

let site: ExtensionSite;
let app: ListeningCore;
let browser: ExtensionBrowser;

async function rows(): Promise<Row[]> {
  return (await app.call<{ items: Row[] }>('articles.list', { offset: 0, limit: 200, sort: 'saved', filter: 'all' })).items;
}
const titled = async (title: string) => (await rows()).find((row) => row.title === title);

async function visit(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url(path));
  return page;
}

/** Screenshots of the popup as it is now, light and dark, cut to its content as the toolbar sizes it. */
async function shoot(popup: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: resolve(SCREENSHOTS, `extension-popup-${name}-${scheme}.png`), clip: { x: 0, y: 0, width: 340, height } });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(async () => {
  site = await startExtensionSite();
  app = await startListeningCore();
  browser = await launchExtensionBrowser();
  // The reader is signed in to the site: only their browser holds the cookie the photo needs.
  await browser.context.addCookies([{ ...SESSION_COOKIE, url: site.origin }]);
});

test.afterAll(async () => {
  await browser?.close();
  await app?.close();
  await site?.close();
});

test('pairing: a save made before connecting waits, the code matches in both, accepting delivers it', async () => {
  const page = await visit('/2026/night-shift');
  const popup = await browser.openPopup(page);
  await expect(popup.getByRole('heading', { name: 'Saved for later (1 waiting)' })).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText('Connect this browser to Lectern to deliver it.')).toBeVisible();
  await shoot(popup, 'not-connected');

  await popup.getByRole('button', { name: 'Connect to Lectern' }).click();
  const code = popup.locator('#pairing-code');
  await expect(code).toHaveText(/^\d{4}$/);
  const status = await app.call<{ pairings: { requestId: string; code: string; client: string }[] }>('connection.status');
  expect(status.pairings).toHaveLength(1);
  expect(status.pairings[0]!.code).toBe(await code.textContent());
  expect(status.pairings[0]!.client).toMatch(/\d+ on Linux$/);
  await expect(popup.getByRole('heading', { name: 'Confirm in Lectern' })).toBeVisible();
  await shoot(popup, 'pairing-code');

  await app.call('pairing.accept', { requestId: status.pairings[0]!.requestId });
  await expect(popup.getByText('Connected to Lectern')).toBeVisible({ timeout: 10_000 });
  await expect(popup.getByText('1 waiting save was delivered.')).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Delivered to Lectern' })).toBeVisible();
  await shoot(popup, 'connected');
  expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('token')).token)).toMatch(/^[0-9a-f]{64}$/);
});

test('the page the reader saw is in the library: the text its script rendered and the photo behind their cookie', async () => {
  const row = await titled(RENDERED.title);
  expect(row, 'the delivered save is an article').toBeTruthy();
  expect(site.photo.withCookie, 'the extension fetched the photo with the reader’s cookie').toBeGreaterThan(0);

  const reader = await browser.context.newPage();
  await reader.goto(`${app.baseUrl}/articles/${encodeURIComponent(row!.id)}/document`);
  for (const sentence of RENDERED.sentences) await expect(reader.locator('body')).toContainText(sentence);
  await expect(reader.locator('body')).not.toContainText('Loading…');
  const photo = reader.getByRole('img', { name: RENDERED.photoAlt });
  await expect(photo).toBeVisible();
  const shown = await photo.evaluate(async (img: HTMLImageElement) => (await img.decode().catch(() => undefined), { width: img.naturalWidth, src: img.src }));
  expect(shown.width).toBe(480);
  expect(shown.src.startsWith(`${app.baseUrl}/articles/`), `${shown.src} is the article's own copy`).toBe(true);
  await reader.close();
});

test('saving again finds the same article; tags from the popup; a new save can be undone', async () => {
  const again = await browser.openPopup(await visit('/2026/night-shift'));
  await expect(again.getByRole('heading', { name: 'Already in Lectern' })).toBeVisible({ timeout: 20_000 });
  await expect(again.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(again.getByText('Connected to Lectern'), 'the pairing popup told it; it is not repeated').toHaveCount(0);
  for (const tag of ['coast', 'long reads']) await again.getByRole('combobox').fill(tag).then(() => again.getByRole('combobox').press('Enter'));
  await expect(again.locator('.tag-chip')).toHaveText(['coast', 'long reads']);
  expect((await titled(RENDERED.title)) && (await app.call<{ tags: string[] }>('articles.get', { id: (await titled(RENDERED.title))!.id })).tags).toEqual(['coast', 'long reads']);

  const popup = await browser.openPopup(await visit(PLAIN.lights.path));
  await expect(popup.getByRole('heading', { name: 'Saved to Lectern' })).toBeVisible({ timeout: 20_000 });
  await expect(popup.locator('#saved-title')).toHaveText(PLAIN.lights.title);
  await popup.getByRole('combobox').fill('co');
  await expect(popup.getByRole('option')).toHaveText(['coast']);
  await shoot(popup, 'saved-suggesting');
  await popup.getByRole('combobox').press('ArrowDown');
  await popup.getByRole('combobox').press('Enter');
  await expect(popup.locator('.tag-chip')).toHaveText(['coast']);
  await shoot(popup, 'saved');
  expect(await titled(PLAIN.lights.title)).toBeTruthy();

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('heading', { name: 'Removed from Lectern' })).toBeVisible();
  await expect.poll(() => titled(PLAIN.lights.title)).toBeUndefined();
});

test('a link from the context menu is saved through the capture queue', async () => {
  const page = await visit('/2026/night-shift');
  await browser.clickMenu(page, { menuItemId: 'lectern-save-link', linkUrl: site.url(LINKED.path) });
  const popup = await browser.openPopup(page);
  await expect(popup.getByRole('heading', { name: /^(Link saved|Saved to Lectern)$/ })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => titled(LINKED.title), { timeout: 20_000 }).toBeTruthy();
});

test('a selection from the context menu becomes a highlight on the article', async () => {
  const page = await visit('/2026/night-shift');
  await expect(page.locator('article p').nth(2)).toHaveText(RENDERED.sentences[2]!);
  const quote = await page.evaluate(() => {
    const paragraph = document.querySelectorAll('article p')[2]!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  await browser.clickMenu(page, { menuItemId: 'lectern-save-selection', selectionText: quote });
  const popup = await browser.openPopup(page);
  await expect(popup.getByRole('heading', { name: 'Highlight saved' })).toBeVisible({ timeout: 20_000 });
  await expect(popup.locator('.quote')).toHaveText(RENDERED.sentences[2]!);
  await shoot(popup, 'highlight');
  const article = (await titled(RENDERED.title))!;
  const highlights = await app.call<{ quote?: string; target?: unknown }[]>('highlights.list', { articleId: article.id });
  expect(JSON.stringify(highlights)).toContain(RENDERED.sentences[2]!);
});

test("a web page's own script cannot reach the listener, with or without the token", async () => {
  const before = (await rows()).length;
  const page = await visit('/blank');
  const token = await browser.worker.evaluate(async () => (await chrome.storage.local.get('token')).token as string);
  const tries = await page.evaluate(async ({ token, guess }) => {
    const base = 'http://127.0.0.1:47815';
    const body = JSON.stringify({ kind: 'link', url: 'https://evil.example/planted' });
    const attempt = (init: RequestInit, path = '/save') =>
      fetch(base + path, init).then(
        (response) => `answered ${response.type} ${response.status}`,
        () => 'refused',
      );
    return {
      ping: await attempt({}, '/ping'),
      guessed: await attempt({ method: 'POST', body, headers: { 'X-Lectern-Client': 'extension/0.1.0', Authorization: `Bearer ${guess}`, 'Content-Type': 'application/json' } }),
      realToken: await attempt({ method: 'POST', body, headers: { 'X-Lectern-Client': 'extension/0.1.0', Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }),
      simple: await attempt({ method: 'POST', body, mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } }),
    };
  }, { token, guess: '0'.repeat(64) });
  // A page can send a "simple" request blind (no-cors), but never read an answer or pass the header check.
  expect(tries).toEqual({ ping: 'refused', guessed: 'refused', realToken: 'refused', simple: 'answered opaque 0' });
  await page.waitForTimeout(500);
  expect((await rows()).length).toBe(before);
  expect((await rows()).some((row) => row.url?.includes('evil.example'))).toBe(false);
});

test('while Lectern is closed saves wait, and they arrive when it and the browser start again', async () => {
  await app.stop();
  const popup = await browser.openPopup(await visit(PLAIN.nets.path));
  await expect(popup.getByRole('heading', { name: 'Lectern is not running — saved for later (1 waiting)' })).toBeVisible({ timeout: 20_000 });
  await shoot(popup, 'not-running');
  expect(await browser.worker.evaluate(async () => ((await chrome.storage.local.get('saveQueue')).saveQueue as unknown[]).length)).toBe(1);

  const profile = browser.userDataDir;
  await browser.close();
  await app.start();
  browser = await launchExtensionBrowser(profile);
  await expect.poll(() => titled(PLAIN.nets.title), { timeout: 75_000 }).toBeTruthy();
  // The article is stored before the app's answer reaches the extension, which then empties its queue.
  await expect.poll(() => browser.worker.evaluate(async () => ((await chrome.storage.local.get('saveQueue')).saveQueue as unknown[]).length)).toBe(0);
});

test('a browser revoked in Lectern is refused, and its next save waits for it to connect again', async () => {
  const [paired] = await app.call<{ id: string }[]>('browsers.list');
  await app.call('browsers.revoke', { id: paired!.id });
  const popup = await browser.openPopup(await visit(PLAIN.lights.path));
  await expect(popup.getByRole('heading', { name: 'Saved for later (1 waiting)' })).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByRole('button', { name: 'Connect to Lectern' })).toBeVisible();
  expect(await titled(PLAIN.lights.title)).toBeUndefined();
});
