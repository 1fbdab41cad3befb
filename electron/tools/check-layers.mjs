// Enforces the import layers of ARCHITECTURE.md: shared ← core ← main/preload/cli; renderer imports only shared.
// Fails the build with the offending file and import.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const rules = [
  { dir: 'electron/shared', forbid: [/^electron$/, /^node:/, /^(fs|path|os|crypto)$/], forbidDirs: ['electron/core', 'electron/main', 'electron/preload', 'electron/cli', 'renderer'] },
  { dir: 'electron/core', forbid: [/^electron$/, /^electron\//], forbidDirs: ['electron/main', 'electron/preload', 'electron/cli', 'renderer'] },
  { dir: 'electron/cli', forbid: [/^electron$/], forbidDirs: ['electron/main', 'electron/preload', 'renderer'] },
  { dir: 'renderer', forbid: [/^electron$/, /^node:/], forbidDirs: ['electron/core', 'electron/main', 'electron/preload', 'electron/cli'] },
];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('vite.config.ts')) yield path;
  }
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

const problems = [];
for (const rule of rules) {
  const base = join(root, rule.dir);
  try {
    statSync(base);
  } catch {
    continue;
  }
  for (const file of sourceFiles(base)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (!specifier) continue;
      const where = relative(root, file);
      if (rule.forbid.some((pattern) => pattern.test(specifier))) problems.push(`${where} imports "${specifier}" (not allowed in ${rule.dir})`);
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), specifier));
        const bad = rule.forbidDirs.find((dir) => target === dir || target.startsWith(`${dir}/`));
        if (bad) problems.push(`${where} imports ${target} (${rule.dir} must not depend on ${bad})`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Layer check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layer check passed: shared ← core ← main/preload/cli; renderer imports only shared.');
