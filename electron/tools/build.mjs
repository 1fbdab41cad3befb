// Builds everything the app runs: the renderer (Vite), the Electron main and preload bundles and the CLI (esbuild).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();

await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });

const electronBundler = `${root}electron/tools/bundle-electron.mjs`;
if (existsSync(electronBundler)) {
  const { bundleElectron, bundleSearchWorker } = await import(electronBundler);
  await bundleElectron({ outDir: `${root}dist` });
  // The CLI's bundle starts the search worker from beside itself, as main.cjs does.
  await bundleSearchWorker(`${root}dist/cli/search-worker.cjs`);
}

await esbuild({
  entryPoints: [`${root}electron/cli/main.ts`],
  outfile: `${root}dist/cli/lectern.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  logLevel: 'warning',
});

// The browser extension (extension/) for Chromium and Firefox, beside the app in dist/extension/.
const { buildExtension } = await import('./build-extension.mjs');
await buildExtension({ outDir: `${root}dist` });

console.log(`lectern: built in ${Math.round(performance.now() - started)} ms`);
