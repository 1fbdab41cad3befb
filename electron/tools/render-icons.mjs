// Renders assets/icon.svg to the PNGs electron-builder and the window use:
// assets/icons/<size>x<size>.png for 16…1024 (Linux icon set, mac/win sources) and assets/icon.png (512).
// Run after editing the SVG: node electron/tools/render-icons.mjs. The PNGs are committed, so builds need no renderer.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** At this size and below the tile's outer margin is trimmed: small icons need every pixel. */
const SMALL_ICON_MAX = 48;

/** Renders svg (the 1024 master) to a PNG buffer size×size pixels. */
export function renderPng(svg, size) {
  const source = size <= SMALL_ICON_MAX ? String(svg).replace('viewBox="0 0 1024 1024"', 'viewBox="72 72 880 880"') : svg;
  const resvg = new Resvg(source, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
  return resvg.render().asPng();
}

/** Writes every icon size plus assets/icon.png; returns the written paths. */
export async function renderIcons({ assetsDir = path.join(root, 'assets') } = {}) {
  const svg = await readFile(path.join(assetsDir, 'icon.svg'));
  const iconsDir = path.join(assetsDir, 'icons');
  await mkdir(iconsDir, { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const file = path.join(iconsDir, `${size}x${size}.png`);
    await writeFile(file, renderPng(svg, size));
    written.push(file);
  }
  const main = path.join(assetsDir, 'icon.png');
  await writeFile(main, renderPng(svg, 512));
  written.push(main);
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = await renderIcons();
  console.log(`render-icons: wrote ${written.length} files`);
}
