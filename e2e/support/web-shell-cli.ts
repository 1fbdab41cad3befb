/**
 * `npm run web`: the development web shell. Opens the real renderer and core in Chromium (headed when a
 * display is available) on the library in LECTERN_DATA_DIR or --data-dir, until you press Ctrl+C.
 */
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../electron/core/library/data-dir.ts';
import { launchBrowserShell } from './browser-shell.ts';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const dataDir = values['data-dir'] ?? defaultDataDir();
const shell = await launchBrowserShell({ dataDir, headless: !process.env.DISPLAY });
console.log(`Lectern browser shell on ${shell.baseUrl} with the library in ${dataDir}. Press Ctrl+C to stop.`);
process.on('SIGINT', () => {
  shell.close().finally(() => process.exit(0));
});
