// Enforces the import layers: shared ← core ← main/cli; renderer imports only shared; the sandboxed preload
// imports only electron and shared. Fails the build with the offending file, line and import.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listSourceFiles, readModule } from './check-source.mjs';

/**
 * Each layer's imports: `forbid` lists packages it must not use and `forbidDirs` folders it must not reach;
 * `only`, where given, is the complete list of what it may import (packages by name, folders by path).
 */
export const LAYER_RULES = [
  { dir: 'electron/shared', forbid: [/^electron$/, /^node:/, /^(fs|path|os|crypto)$/], forbidDirs: ['electron/core', 'electron/main', 'electron/preload', 'electron/cli', 'renderer'] },
  { dir: 'electron/core', forbid: [/^electron$/, /^electron\//], forbidDirs: ['electron/main', 'electron/preload', 'electron/cli', 'renderer'] },
  { dir: 'electron/cli', forbid: [/^electron$/], forbidDirs: ['electron/main', 'electron/preload', 'renderer'] },
  { dir: 'renderer', forbid: [/^electron$/, /^node:/], forbidDirs: ['electron/core', 'electron/main', 'electron/preload', 'electron/cli'] },
  // A sandboxed preload can require nothing but 'electron'; the bundle may carry shared code, nothing else.
  { dir: 'electron/preload', only: { packages: ['electron'], dirs: ['electron/preload', 'electron/shared'] } },
  // The browser extension ships to another program (the browser): it may share pure rules, nothing else.
  { dir: 'extension', only: { packages: [], dirs: ['extension', 'electron/shared'] } },
];

const within = (path, dir) => path === dir || path.startsWith(`${dir}/`);
// Tests run in Node beside the code and the Vite config runs at build time: neither ships in the layer.
const shipped = (file) => !/\.test\.[cm]?[jt]sx?$/.test(file) && !file.endsWith('vite.config.ts');

/** Every import that breaks a rule, as "file:line imports …" lines. */
export function checkLayers(root, rules = LAYER_RULES) {
  const problems = [];
  for (const rule of rules) {
    for (const file of listSourceFiles(root, [rule.dir]).filter(shipped)) {
      for (const { specifier, line } of readModule(root, file).imports) {
        const where = `${file}:${line}`;
        const local = specifier.startsWith('.');
        const target = local ? relative(root, resolve(root, dirname(file), specifier)) : null;
        if (rule.only) {
          const allowed = local ? rule.only.dirs.some((dir) => within(target, dir)) : rule.only.packages.includes(specifier);
          if (!allowed) problems.push(`${where} imports ${local ? target : `"${specifier}"`} (${rule.dir} may import only ${[...rule.only.packages, ...rule.only.dirs].join(', ')})`);
          continue;
        }
        if (!local && rule.forbid.some((pattern) => pattern.test(specifier))) problems.push(`${where} imports "${specifier}" (not allowed in ${rule.dir})`);
        const bad = local && rule.forbidDirs.find((dir) => within(target, dir));
        if (bad) problems.push(`${where} imports ${target} (${rule.dir} must not depend on ${bad})`);
      }
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = checkLayers(resolve(dirname(fileURLToPath(import.meta.url)), '../..'));
  if (problems.length > 0) {
    console.error(`Layer check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Layer check passed: shared ← core ← main/cli; renderer imports only shared; preload only electron and shared.');
}
