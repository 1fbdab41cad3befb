// Bundles the Electron shell with esbuild: main → dist/main/main.cjs, preload → dist/preload/preload.cjs,
// the search index's worker thread → dist/main/search-worker.cjs (core/search/index-client.ts starts
// it from beside the bundle that runs) and the big-file import's → dist/main/import-worker.cjs (likewise,
// core/app/import-runner.ts). All are CommonJS: Electron loads main from package.json "main",
// and a sandboxed preload can be neither an ES module nor require anything but 'electron', so
// everything else is bundled in.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Optional native packages that dependencies require inside try/catch (linkedom's canvas); left out on purpose. */
export const OPTIONAL_EXTERNALS = ['canvas'];

// Dependencies written as ES modules may read import.meta; in a CJS bundle it would be empty.
const importMetaShim = {
  banner: { js: 'const __lecternImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    'import.meta.url': '__lecternImportMetaUrl',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
};

const common = { bundle: true, format: 'cjs', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };

/** Bundles a worker thread's entry (so a file of its own) to outfile. */
function bundleWorker(entry, outfile) {
  return build({
    ...common,
    ...importMetaShim,
    entryPoints: [path.join(root, entry)],
    outfile,
    external: OPTIONAL_EXTERNALS,
    platform: 'node',
    target: 'node22',
  });
}

/** Bundles the search worker to outfile. */
export function bundleSearchWorker(outfile) {
  return bundleWorker('electron/core/search/search-worker.ts', outfile);
}

/** Bundles main, preload and the search worker into outDir (default: dist); returns their output paths. */
export async function bundleElectron({ outDir = path.join(root, 'dist') } = {}) {
  const mainFile = path.join(outDir, 'main', 'main.cjs');
  const preloadFile = path.join(outDir, 'preload', 'preload.cjs');
  const searchWorkerFile = path.join(outDir, 'main', 'search-worker.cjs');
  await Promise.all([
    bundleSearchWorker(searchWorkerFile),
    bundleWorker('electron/core/app/import-worker.ts', path.join(outDir, 'main', 'import-worker.cjs')),
    build({
      ...common,
      ...importMetaShim,
      entryPoints: [path.join(root, 'electron/main/main.ts')],
      outfile: mainFile,
      external: ['electron', ...OPTIONAL_EXTERNALS],
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/preload.ts')],
      outfile: preloadFile,
      external: ['electron'],
      // 'browser' makes esbuild fail loudly if anything pulls in a Node built-in, which a sandboxed preload cannot load.
      platform: 'browser',
      target: 'chrome130',
    }),
  ]);
  // The Linux window icon; packaged builds get theirs from the desktop entry as well.
  const icon = path.join(root, 'assets/icon.png');
  if (existsSync(icon)) {
    await mkdir(path.dirname(mainFile), { recursive: true });
    await copyFile(icon, path.join(path.dirname(mainFile), 'icon.png'));
  }
  return { mainFile, preloadFile, searchWorkerFile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { mainFile, preloadFile } = await bundleElectron();
  console.log(`bundle-electron: ${path.relative(root, mainFile)}, ${path.relative(root, preloadFile)} in ${Math.round(performance.now() - started)} ms`);
}
