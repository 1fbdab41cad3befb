// Builds the browser extension (extension/) into dist/extension/<browser>/ for Chromium and Firefox, from
// one source: three esbuild bundles (background, content script, popup), the popup's page and styles,
// the app's icons and a manifest per browser (extension/manifest/build-manifest.ts); then a zip of each.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yazl from 'yazl';
import { buildManifest } from '../../extension/manifest/build-manifest.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGETS = { chromium: 'chrome121', firefox: 'firefox140' };
const ENTRIES = { background: 'extension/background/background.ts', content: 'extension/content/content-main.ts', popup: 'extension/popup/popup.ts' };
const ICON_SIZES = [16, 32, 48, 128];

async function zipFolder(folder, zipPath) {
  const zip = new yazl.ZipFile();
  const add = async (dir, prefix) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await add(path, `${prefix}${entry.name}/`);
      // A fixed date keeps the zip the same from build to build.
      else zip.addBuffer(await readFile(path), `${prefix}${entry.name}`, { mtime: new Date('2026-01-01T00:00:00Z') });
    }
  };
  await add(folder, '');
  zip.end();
  await new Promise((resolve, reject) => zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject));
}

/** Builds both browsers' extension folders and zips under `outDir`/extension; returns their paths. */
export async function buildExtension({ outDir = join(root, 'dist') } = {}) {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const built = {};
  for (const [target, esTarget] of Object.entries(TARGETS)) {
    const dir = join(outDir, 'extension', target);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'icons'), { recursive: true });
    await build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(root, path)])),
      outdir: dir,
      bundle: true,
      // Classic scripts: a service worker, an event page and an injected file all take one plainly.
      format: 'iife',
      target: esTarget,
      // Readable output, as add-on stores ask for; nothing is fetched or evaluated at run time.
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
    });
    await copyFile(join(root, 'extension/popup/popup.html'), join(dir, 'popup.html'));
    await copyFile(join(root, 'extension/popup/popup.css'), join(dir, 'popup.css'));
    for (const size of ICON_SIZES) await copyFile(join(root, `assets/icons/${size}x${size}.png`), join(dir, `icons/${size}.png`));
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(buildManifest(target, version), null, 2)}\n`);
    const zip = join(outDir, 'extension', `lectern-${target}-${version}.zip`);
    await zipFolder(dir, zip);
    built[target] = { dir, zip };
  }
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = await buildExtension();
  console.log(`lectern: extension built into ${Object.values(built).map((b) => b.dir).join(', ')}`);
}
