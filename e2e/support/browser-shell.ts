import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import type { ShellCommand } from '../../electron/shared/bridge.ts';
import { refuseRendererCall } from '../../electron/shared/renderer-gate.ts';
import { createCore } from '../../electron/core/create-core.ts';
import type { Core } from '../../electron/core/core-types.ts';
import { startAppServer } from './app-server.ts';
import { installBrowserBridge } from './bridge-init-script.ts';
import { CHROMIUM_ARGS, DEFAULT_VIEWPORT, chromiumExecutable } from './chromium-options.ts';

export interface ShellOptions {
  dataDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: BrowserContextOptions['colorScheme'];
  /** Built renderer; defaults to dist/renderer (run `npm run build` first). */
  rendererDir?: string;
  undoWindowMs?: number;
  headless?: boolean;
  /** Lets saving links reach test servers on 127.0.0.1 (the app refuses private addresses by default). */
  allowLocalCaptures?: boolean;
  /** Ports the browser connection tries when the library turns it on; the extension's own (47815–47819) when unset. */
  connectionPorts?: readonly number[];
}

export interface BrowserShell {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  dataDir: string;
  core(): Core;
  /** Closes the core (flushing everything to disk), opens a new one on the same folder, reloads the page. */
  restart(): Promise<void>;
  /** Plays a shell menu command, as Electron's menu would send it. */
  sendCommand(command: ShellCommand): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');

/**
 * The same renderer and the same core as the Electron app, in plain Chromium: core behind a 127.0.0.1
 * server, the bridge over Playwright's exposeBinding, which answers only the top frame.
 */
export async function launchBrowserShell(options: ShellOptions = {}): Promise<BrowserShell> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'lectern-e2e-')));
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const local = options.allowLocalCaptures ? { allowPrivateNetwork: true } : {};
  const capture = { page: local, images: local };
  const openCore = () =>
    createCore({
      dataDir,
      rendererDir,
      owner: 'the Lectern browser shell',
      undoWindowMs: options.undoWindowMs,
      capture,
      resumeCaptures: true,
      // The same listener as the app's, started when the library's connection setting is on.
      browserConnection: { ports: options.connectionPorts },
    });
  let core = await openCore();
  const server = await startAppServer(() => core.handleAppRequest);

  const executablePath = chromiumExecutable();
  const browser: Browser = await chromium.launch({
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    ...(executablePath && { executablePath }),
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
  });
  // Answers cross as JSON text (the contract's values are all JSON): Playwright's own serialisation of a page
  // of 50 search results took 30-40 ms, where Electron's IPC takes a few.
  await context.exposeBinding('__lecternInvoke', async (source, method: string, input: unknown) => {
    const refusal = refuseRendererCall(source.frame === source.page.mainFrame(), method);
    return JSON.stringify(refusal ?? (await core.dispatchUntyped(method, input)));
  });
  await context.addInitScript(installBrowserBridge);
  const page = await context.newPage();

  const deliver = (fn: '__lecternDeliverEvent' | '__lecternDeliverCommand', value: unknown) =>
    page
      .evaluate(([name, payload]) => (window as unknown as Record<string, (v: unknown) => void>)[name as string]?.(payload), [fn, value] as const)
      .catch(() => undefined);
  const subscribe = () => core.events.on((event) => void deliver('__lecternDeliverEvent', event));
  let unsubscribe = subscribe();

  await page.goto(`${server.baseUrl}/`);

  return {
    page,
    context,
    baseUrl: server.baseUrl,
    dataDir,
    core: () => core,
    async restart() {
      unsubscribe();
      await core.close();
      core = await openCore();
      unsubscribe = subscribe();
      await page.reload();
    },
    async sendCommand(command) {
      await deliver('__lecternDeliverCommand', command);
    },
    async close() {
      unsubscribe();
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
      await core.close();
    },
  };
}
