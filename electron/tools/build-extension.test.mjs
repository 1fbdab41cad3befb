// Builds the extension into a temporary folder and checks what a browser and an add-on store will see:
// each browser's files, its manifest, the zip, and Mozilla's own linter (web-ext lint) on the Firefox build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import webExt from 'web-ext';
import { buildExtension } from './build-extension.mjs';

const outDir = await mkdtemp(join(tmpdir(), 'lectern-extension-'));
const built = await buildExtension({ outDir });
test.after(() => rm(outDir, { recursive: true, force: true }));

const FILES = ['background.js', 'content.js', 'icons', 'manifest.json', 'popup.css', 'popup.html', 'popup.js'];

function zipEntries(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = [];
      zip.on('entry', (entry) => (names.push(entry.fileName), zip.readEntry()));
      zip.on('end', () => resolve(names.sort()));
      zip.readEntry();
    });
  });
}

test('each browser gets the three bundles, the popup, the icons and its own manifest, zipped', async () => {
  for (const [target, { dir, zip }] of Object.entries(built)) {
    assert.deepEqual((await readdir(dir)).sort(), FILES, target);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.version, JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version);
    assert.ok(target === 'firefox' ? manifest.background.scripts : manifest.background.service_worker, target);
    const entries = await zipEntries(zip);
    assert.ok(entries.includes('manifest.json') && entries.includes('icons/128.png') && entries.includes('content.js'), entries.join(', '));
  }
});

test('the bundles load no remote code and evaluate no strings', async () => {
  for (const { dir } of Object.values(built)) {
    for (const file of ['background.js', 'content.js', 'popup.js']) {
      const code = await readFile(join(dir, file), 'utf8');
      // Addresses: only the listener's, and the SVG namespace (a name, never fetched).
      assert.doesNotMatch(code, /\beval\(|new Function\(|importScripts\(|https?:\/\/(?!127\.0\.0\.1|www\.w3\.org\/2000\/svg)[a-z]/i, `${file} stays local`);
    }
  }
});

test('web-ext lint passes the Firefox build with no errors and no warnings', async () => {
  const result = await webExt.cmd.lint({ sourceDir: built.firefox.dir, output: 'none', selfHosted: false, warningsAsErrors: false }, { shouldExitProgram: false });
  const problems = [...result.errors, ...result.warnings].map((p) => `${p.code}: ${p.message} (${p.file ?? 'manifest'})`);
  assert.deepEqual(problems, []);
});
