// The unused-export check on a tiny tree in a temp dir: every way of using an export counts, tests keep an
// export but not a module, and each finding names its file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTree } from './testing/fixture-tree.mjs';
import { findRoots, findUnusedExports } from './check-unused-exports.mjs';

const findings = (files, roots = ['src/main.ts']) =>
  findUnusedExports(fixtureTree(files), { dirs: ['src'], roots }).map((f) => `${f.file}:${f.line} ${f.name} (${f.reason})`);

test('an export nobody imports is reported with its line; imported ones are not', () => {
  const out = findings({
    'src/main.ts': "import { used } from './lib.ts';\nused();\n",
    'src/lib.ts': 'export function used() {}\n\nexport const unused = 1;\nexport interface Shape {}\n',
  });
  assert.deepEqual(out, ['src/lib.ts:3 unused (exported but imported nowhere)', 'src/lib.ts:4 Shape (exported but imported nowhere)']);
});

test('default, type, namespace, dynamic and multi-line imports all count as uses', () => {
  const out = findings({
    'src/main.ts': [
      "import Thing, { type Kind } from './a.ts';",
      "import * as all from './b.ts';",
      'import {',
      '  first,',
      '  second as other,',
      "} from './c.ts';",
      "const { lazy } = await import('./d.ts');",
      "type Late = import('./e.ts').Late;",
    ].join('\n'),
    'src/a.ts': 'export default class Thing {}\nexport type Kind = string;\n',
    'src/b.ts': 'export const x = 1;\nexport const y = 2;\n',
    'src/c.ts': 'export const first = 1;\nexport const second = 2;\n',
    'src/d.ts': 'export const lazy = 1;\nexport const eager = 2;\n',
    'src/e.ts': 'export type Late = 1;\nexport type Early = 2;\n',
  });
  assert.deepEqual(out, ['src/d.ts:2 eager (exported but imported nowhere)', 'src/e.ts:2 Early (exported but imported nowhere)']);
});

test('re-exports pass the use on to the module that declares the name', () => {
  const out = findings({
    'src/main.ts': "import { alpha, renamed } from './barrel.ts';\n",
    'src/barrel.ts': "export * from './alpha.ts';\nexport { beta as renamed, gamma } from './beta.ts';\n",
    'src/alpha.ts': 'export const alpha = 1;\nexport const omega = 2;\n',
    'src/beta.ts': 'export const beta = 1;\nexport const gamma = 2;\n',
  });
  assert.deepEqual(out, ['src/alpha.ts:2 omega (exported but imported nowhere)', 'src/barrel.ts:2 gamma (exported but imported nowhere)', 'src/beta.ts:2 gamma (exported but imported nowhere)']);
});

test('a test keeps an export of a live module, but a module only tests import is dead', () => {
  const out = findings({
    'src/main.ts': "import { run } from './live.ts';\n",
    'src/live.ts': 'export const run = 1;\nexport const forItsTest = 2;\n',
    'src/live.test.ts': "import { forItsTest } from './live.ts';\nimport { helper } from './testing/helper.ts';\nimport { old } from './dead.ts';\n",
    'src/testing/helper.ts': 'export const helper = 1;\nexport const spare = 2;\n',
    'src/testing/orphan.ts': 'export const orphan = 1;\n',
    'src/dead.ts': 'export const old = 1;\n',
    'src/forgotten.ts': 'export const nobody = 1;\n',
  });
  assert.deepEqual(out, [
    'src/dead.ts:1 (module) (only tests use this module)',
    'src/forgotten.ts:1 (module) (nothing imports this module)',
    'src/testing/helper.ts:2 spare (exported but imported nowhere)',
    'src/testing/orphan.ts:1 (module) (nothing imports this test helper)',
  ]);
});

test('comments hide an import; a JSX apostrophe does not hide the exports after it', () => {
  const out = findings({
    'src/main.ts': "/*\nimport { ghost } from './ghost.ts';\n*/\nimport { View } from './view.tsx';\n",
    'src/ghost.ts': 'export const ghost = 1;\n',
    'src/view.tsx': "export function View() {\n  return <p>Don't panic</p>;\n}\nexport const after = 1;\n",
  });
  assert.deepEqual(out, ['src/ghost.ts:1 (module) (nothing imports this module)', 'src/view.tsx:4 after (exported but imported nowhere)']);
});

test('a module list bundled from a template string counts as imports of those modules', () => {
  const out = findings({
    'src/main.ts': "await bundle(`\n  export * from './dom.ts';\n  export { paint } from './paint.ts';`);\n",
    'src/dom.ts': 'export const a = 1;\nexport const b = 2;\n',
    'src/paint.ts': 'export const paint = 1;\nexport const wipe = 2;\n',
  });
  assert.deepEqual(out, ['src/paint.ts:2 wipe (exported but imported nowhere)']);
});

test('roots are the fixed entry points, the tools, the specs and whatever package.json runs', () => {
  const root = fixtureTree({
    'package.json': JSON.stringify({ bin: { x: 'electron/cli/bin.mjs' }, scripts: { bench: 'node electron/tools/bench/run.ts', e2e: 'playwright test -c e2e/playwright.config.ts' } }),
    'electron/cli/bin.mjs': '',
    'electron/tools/bench/run.ts': '',
    'electron/tools/bench/sample.ts': '',
    'electron/tools/build.mjs': '',
    'electron/tools/build.test.mjs': '',
    'electron/main/main.ts': '',
    'e2e/playwright.config.ts': '',
    'e2e/specs/one.spec.ts': '',
    'e2e/pages/page.ts': '',
  });
  const files = ['electron/cli/bin.mjs', 'electron/tools/bench/run.ts', 'electron/tools/bench/sample.ts', 'electron/tools/build.mjs', 'electron/tools/build.test.mjs', 'electron/main/main.ts', 'e2e/playwright.config.ts', 'e2e/specs/one.spec.ts', 'e2e/pages/page.ts'];
  assert.deepEqual(findRoots(root, files), ['electron/cli/bin.mjs', 'electron/tools/bench/run.ts', 'electron/tools/build.mjs', 'electron/main/main.ts', 'e2e/playwright.config.ts', 'e2e/specs/one.spec.ts']);
});
