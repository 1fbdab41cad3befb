// Fails the build on dead code at module level: an export no other file imports, a module only tests use,
// a module nothing imports. Tests count as users of a live module's exports (a function exported for its own
// test is fine), but they do not keep a module alive. Prints file:line for each finding.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listSourceFiles, readModule, resolveSpecifier } from './check-source.mjs';

export const SOURCE_DIRS = ['electron', 'renderer', 'e2e', 'extension'];

/** Tests, and the helpers they share from `testing/` folders. */
export const isTestSide = (file) => /\.test\.[cm]?[jt]sx?$/.test(file) || /(^|\/)testing\//.test(file);

// Files that something outside the import graph starts, beside what package.json's scripts and bin run.
const ENTRY_POINTS = [
  'electron/main/main.ts', // Electron's main process (bundled by bundle-electron.mjs)
  'electron/preload/preload.ts', // the window's preload (bundled likewise)
  'renderer/main.tsx', // loaded by renderer/index.html
  'renderer/vite.config.ts', // read by build.mjs
  'electron/cli/main.ts', // bin.mjs imports it through a computed URL
  'electron/core/search/search-worker.ts', // a worker thread: index-client.ts starts it by URL (bundled beside main)
  'electron/core/app/import-worker.ts', // a worker thread: import-runner.ts starts it by URL
  'e2e/playwright.config.ts',
  'e2e/support/summary-reporter.ts', // named as a path in the Playwright config
  'extension/background/background.ts', // the extension's bundles, built by build-extension.mjs
  'extension/content/content-main.ts',
  'extension/popup/popup.ts',
  'electron/tools/bench/rss-probe.ts', // a fresh process bench/run.ts starts by path, to measure the app's memory
];
const ENTRY_PATTERNS = [
  /^e2e\/specs\/[^/]+\.spec\.ts$/, // Playwright's testDir
  /^electron\/tools\/[^/]+\.(mjs|ts)$/, // scripts run by npm or by hand
];

/** The tree's entry points: the fixed ones above plus every file package.json's scripts and bin run. */
export function findRoots(root, files) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const run = [...Object.values(pkg.scripts ?? {}).join(' ').matchAll(/(?:node|-c)\s+([\w./-]+\.[cm]?[jt]s)\b/g)].map((m) => m[1]);
  const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
  const named = new Set([...ENTRY_POINTS, ...run, ...bins].map((path) => path.replace(/^\.\//, '')));
  return files.filter((file) => !isTestSide(file) && (named.has(file) || ENTRY_PATTERNS.some((pattern) => pattern.test(file))));
}

/**
 * Dead exports and dead modules below `dirs`, as [{ file, line, name, reason }] sorted by place.
 * `roots` defaults to findRoots; a root's own exports are its interface to whatever starts it.
 */
export function findUnusedExports(root, { dirs = SOURCE_DIRS, roots } = {}) {
  const files = listSourceFiles(root, dirs);
  const modules = new Map(files.map((file) => [file, readModule(root, file)]));
  const target = (file, specifier) => {
    const found = resolveSpecifier(root, file, specifier);
    return found && modules.has(found) ? found : null;
  };
  const rootSet = new Set(roots ?? findRoots(root, files));

  // Live: reachable from an entry point without passing through a test.
  const live = new Set();
  const importedBy = new Map(files.map((file) => [file, new Set()]));
  for (const [file, mod] of modules) for (const edge of mod.imports) importedBy.get(target(file, edge.specifier))?.add(file);
  const queue = [...rootSet];
  while (queue.length > 0) {
    const file = queue.pop();
    if (live.has(file) || !modules.has(file)) continue;
    live.add(file);
    for (const edge of modules.get(file).imports) {
      const next = target(file, edge.specifier);
      if (next && !isTestSide(next)) queue.push(next);
    }
  }

  // Used: every name some file asks for, followed through re-exports. '*' asks for all of a module.
  const used = new Map(files.map((file) => [file, new Set()]));
  const seen = new Set();
  const ask = (file, name) => {
    const key = `${file}\0${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    used.get(file).add(name);
    const { exports } = modules.get(file);
    const own = exports.filter((ex) => name === '*' || ex.name === name);
    const via = own.length > 0 || name === 'default' ? own : exports.filter((ex) => ex.name === '*');
    for (const ex of via) {
      const next = ex.from && target(file, ex.from);
      // Through `export * from` the same name is asked again; through `export { a as b } from`, its original.
      if (next) ask(next, ex.name === '*' ? name : ex.orig);
    }
  };
  for (const [file, mod] of modules) {
    for (const edge of mod.imports) {
      const next = target(file, edge.specifier);
      if (next) for (const name of edge.names) ask(next, name);
    }
  }
  for (const file of rootSet) if (modules.has(file)) ask(file, '*');

  const findings = [];
  for (const [file, mod] of modules) {
    if (rootSet.has(file) || /\.test\.[cm]?[jt]sx?$/.test(file)) continue;
    if (!isTestSide(file) && !live.has(file)) {
      const importers = [...importedBy.get(file)];
      const reason =
        importers.length === 0 ? 'nothing imports this module' : importers.every(isTestSide) ? 'only tests use this module' : 'only dead modules import this module';
      findings.push({ file, line: 1, name: '(module)', reason });
      continue;
    }
    if (isTestSide(file) && importedBy.get(file).size === 0) {
      findings.push({ file, line: 1, name: '(module)', reason: 'nothing imports this test helper' });
      continue;
    }
    const asked = used.get(file);
    if (asked.has('*')) continue;
    for (const ex of mod.exports) {
      if (ex.name !== '*' && !asked.has(ex.name)) findings.push({ file, line: ex.line, name: ex.name, reason: 'exported but imported nowhere' });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const findings = findUnusedExports(root);
  if (findings.length > 0) {
    console.error(`Unused-export check failed (${findings.length}):`);
    for (const f of findings) console.error(`  ${f.file}:${f.line}: ${f.name} — ${f.reason}`);
    process.exit(1);
  }
  console.log('Unused-export check passed: every export is imported somewhere, every module is reached from an entry point.');
}
