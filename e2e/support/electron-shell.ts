import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import type { BrowserShell, ShellOptions } from './browser-shell.ts';

const root = resolve(import.meta.dirname, '../..');

/**
 * Path of the Electron binary when it was downloaded (a user's machine), else null (this CI machine).
 * Reads the package's own path.txt rather than require('electron'), which would try to download it.
 */
export function electronBinary(): string | null {
  if (process.env.LECTERN_E2E_SHELL === 'browser') return null;
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = join(packageDir, 'dist', relative);
    return relative && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * The real Electron app under Playwright, with the same surface as the browser shell, so one set of specs
 * and page objects drives both. Core runs inside the app's main process here, so core() is unavailable.
 */
export async function launchElectronShell(executablePath: string, options: ShellOptions = {}): Promise<BrowserShell> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'lectern-e2e-')));
  const start = () =>
    _electron.launch({ executablePath, args: [join(root, 'dist/main/main.cjs'), '--data-dir', dataDir], cwd: root, colorScheme: options.colorScheme });
  let app: ElectronApplication = await start();
  let page = await app.firstWindow();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const shell: BrowserShell = {
    page,
    context: app.context(),
    baseUrl: 'lectern://app',
    dataDir,
    core: () => {
      throw new Error('core() is only available in the browser shell');
    },
    async restart() {
      await app.close();
      app = await start();
      page = await app.firstWindow();
      shell.page = page;
      shell.context = app.context();
    },
    async sendCommand(command) {
      await app.evaluate(({ BrowserWindow }, value) => BrowserWindow.getAllWindows()[0]?.webContents.send('lectern:command', value), command);
    },
    async close() {
      await app.close();
    },
  };
  return shell;
}
