/**
 * Lectern for a spec, as Playwright fixtures: `shell` is the app started on a fresh library folder (through
 * launch-app.ts, so the real renderer and core), and `library`, `reader`, `highlights`, `capture`,
 * `notebook`, `migration` and `connection` are page objects over it. `launch` starts another app with other options.
 * Every app a test starts is closed after it. Options, set with test.use: Playwright's own `viewport` and `colorScheme`,
 * plus `seed` (generated articles written before the start), `undoWindowMs`, `allowLocalCaptures` and `connectionPorts`.
 */
import { test as base } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapturePage } from '../pages/capture-page.ts';
import { ConnectionPage } from '../pages/connection-page.ts';
import { HighlightsPage } from '../pages/highlights-page.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { MigrationPage } from '../pages/migration-page.ts';
import { NotebookPage } from '../pages/notebook-page.ts';
import { ReaderPage } from '../pages/reader-page.ts';
import type { BrowserShell, ShellOptions } from './browser-shell.ts';
import { launchApp } from './launch-app.ts';
import { seedLibrary, type SeedOptions } from './seed-library.ts';

/** A fresh library folder with `options.count` generated articles in it. */
export async function seededDataDir(options: SeedOptions): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-e2e-'));
  await seedLibrary(dataDir, options);
  return dataDir;
}

/** Four ports of a worker's own for the browser connection, above the extension's 47815–47819 and the specs' own. */
function spareConnectionPorts(parallelIndex: number): number[] {
  const first = 47_900 + parallelIndex * 4;
  return [first, first + 1, first + 2, first + 3];
}

interface AppOptions {
  /** Articles to generate into the library before it opens; an empty library when unset. */
  seed: SeedOptions | undefined;
  /** How long Undo is offered, when a spec waits it out or needs it longer than the app's default. */
  undoWindowMs: number | undefined;
  /** Lets saving links reach test servers on 127.0.0.1 (the app refuses private addresses by default). */
  allowLocalCaptures: boolean;
  /**
   * Ports the browser connection listens on once a spec turns it on; naming them runs the browser shell (the
   * Electron app listens on the extension's own). Unset, each worker gets spare ones: never the extension's
   * (47815–47819, which extension.spec.ts holds), nor another worker's.
   */
  connectionPorts: readonly number[] | undefined;
}

interface AppFixtures {
  /** Starts an app with the test's options and these on top; closed after the test. */
  launch: (options?: ShellOptions) => Promise<BrowserShell>;
  shell: BrowserShell;
  /** The library, shown with its first answer from core (rows or the empty state). */
  library: LibraryPage;
  reader: ReaderPage;
  highlights: HighlightsPage;
  capture: CapturePage;
  notebook: NotebookPage;
  migration: MigrationPage;
  connection: ConnectionPage;
}

export const test = base.extend<AppOptions & AppFixtures>({
  seed: [undefined, { option: true }],
  undoWindowMs: [undefined, { option: true }],
  allowLocalCaptures: [false, { option: true }],
  connectionPorts: [undefined, { option: true }],

  launch: async ({ viewport, colorScheme, undoWindowMs, allowLocalCaptures, connectionPorts }, use, testInfo) => {
    const started: BrowserShell[] = [];
    const ports = connectionPorts ?? spareConnectionPorts(testInfo.parallelIndex);
    await use(async (options = {}) => {
      const shared = { viewport: viewport ?? undefined, colorScheme, undoWindowMs, allowLocalCaptures, connectionPorts: ports };
      const shell = await launchApp({ ...shared, needsCore: connectionPorts !== undefined, ...options });
      started.push(shell);
      // A spec may close an app itself to start another; closing it again after the test is a no-op.
      const close = shell.close.bind(shell);
      let closing: Promise<void> | undefined;
      shell.close = () => (closing ??= close());
      return shell;
    });
    for (const shell of started) await shell.close();
  },
  shell: async ({ launch, seed }, use) => {
    await use(await launch(seed ? { dataDir: await seededDataDir(seed) } : {}));
  },
  library: async ({ shell }, use) => {
    const library = new LibraryPage(shell.page);
    await library.waitReady();
    await use(library);
  },
  reader: async ({ shell }, use) => use(new ReaderPage(shell.page)),
  highlights: async ({ shell }, use) => use(new HighlightsPage(shell.page)),
  capture: async ({ shell }, use) => use(new CapturePage(shell.page)),
  notebook: async ({ shell }, use) => use(new NotebookPage(shell.page)),
  migration: async ({ shell }, use) => use(new MigrationPage(shell.page)),
  connection: async ({ shell }, use) => use(new ConnectionPage(shell.page)),
});

export { expect } from '@playwright/test';
