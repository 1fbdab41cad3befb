/// <reference types="chrome" />
/**
 * Chromium with the built Lectern extension loaded (dist/extension/chromium; `npm run build` makes it), in a
 * persistent profile as extensions need, headless. A spec reaches the extension the ways a reader does:
 * the popup (shown in a tab of its own over the page it saves, as the toolbar would show it) and the
 * context menus (their click event, as the browser raises it; a native menu cannot be clicked headless).
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-options.ts';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/extension/chromium');

/** The popup's size in the toolbar. */
const POPUP_VIEWPORT = { width: 340, height: 420 };

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** The tab id the extension knows `page` by. */
  tabId(page: Page): Promise<number>;
  /** Opens the popup over `page`'s tab, as the toolbar button or Alt+Shift+L would. */
  openPopup(page: Page, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Raises a context-menu click over `page` (menuItemId as extension/background/context-menus.ts names it). */
  clickMenu(page: Page, info: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Starts Chromium with the extension; pass the same `userDataDir` again to play a browser restart. */
export async function launchExtensionBrowser(userDataDir?: string): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'lectern-e2e-profile-')));
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    ...(executablePath && { executablePath }),
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabId = async (page: Page) => {
    const url = page.url();
    const id = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
    if (!id) throw new Error(`The extension sees no tab at ${url}.`);
    return id;
  };

  return {
    context,
    worker,
    extensionId,
    userDataDir: profile,
    tabId,
    async openPopup(page, options = {}) {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
      await page.bringToFront();
      return popup;
    },
    async clickMenu(page, info) {
      const id = await tabId(page);
      await worker.evaluate(
        async ([tabInfo, clickInfo]) => {
          const tab = await chrome.tabs.get(tabInfo);
          (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch({ editable: false, pageUrl: tab.url, ...clickInfo }, tab);
        },
        [id, info] as const,
      );
    },
    close: () => context.close(),
  };
}
