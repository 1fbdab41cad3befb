// Checks the electron-builder configuration ("build" in package.json) without packaging: it must
// pass electron-builder's own schema validation, say what the release needs, and point at icons
// that exist at the sizes each platform expects. Packaging itself needs the Electron binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const build = pkg.build;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const bytes = readFileSync(path.join(root, file));
  assert.equal(bytes.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('electron-builder accepts the configuration', async () => {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  await validateConfiguration(structuredClone(build), new DebugLogger(false));
});

test('identity, contents and output', () => {
  assert.equal(build.appId, 'app.lectern.reader');
  assert.equal(build.productName, 'Lectern');
  assert.equal(build.directories.output, 'release');
  assert.ok(build.files.includes('dist/**') && build.files.includes('package.json'));
  // The bundles carry their dependencies; the package must start from the bundled main.
  assert.equal(pkg.main, 'dist/main/main.cjs');
  assert.equal(build.electronFuses.runAsNode, false);
  assert.equal(build.electronFuses.onlyLoadAppFromAsar, true);
});

test('targets per platform', () => {
  assert.deepEqual(build.linux.target, ['AppImage', 'deb']);
  assert.equal(build.linux.category, 'Office');
  assert.equal(build.linux.desktop.entry.Name, 'Lectern');
  assert.match(build.linux.maintainer, /<[^>]+@[^>]+>/, 'deb needs a maintainer with an email');
  assert.deepEqual(build.mac.target, ['dmg']);
  assert.equal(build.mac.category, 'public.app-category.productivity');
  assert.deepEqual(build.win.target, ['nsis']);
});

test('icons exist at the sizes the platforms need', () => {
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
    assert.deepEqual(pngSize(`${build.linux.icon}/${size}x${size}.png`), { width: size, height: size });
  }
  assert.deepEqual(pngSize(build.mac.icon), { width: 1024, height: 1024 });
  assert.deepEqual(pngSize(build.win.icon), { width: 256, height: 256 });
  assert.deepEqual(pngSize('assets/icon.png'), { width: 512, height: 512 });
  assert.match(readFileSync(path.join(root, 'assets/icon.svg'), 'utf8'), /viewBox="0 0 1024 1024"/);
});
