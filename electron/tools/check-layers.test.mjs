// The layer check on a tiny tree: the preload may import only electron and shared, the older rules still hold,
// and a commented-out import or a test's own imports count for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTree } from './testing/fixture-tree.mjs';
import { checkLayers } from './check-layers.mjs';

const GOOD_PRELOAD = {
  'electron/shared/bridge.ts': 'export const BRIDGE = "lectern";\n',
  'electron/preload/create-bridge.ts': "import { BRIDGE } from '../shared/bridge.ts';\nexport const make = () => BRIDGE;\n",
  'electron/preload/preload.ts': "import { contextBridge } from 'electron';\nimport { make } from './create-bridge.ts';\n// import { readFile } from 'node:fs';\ncontextBridge.exposeInMainWorld('x', make());\n",
  'electron/preload/create-bridge.test.ts': "import { test } from 'node:test';\nimport { make } from './create-bridge.ts';\n",
};

test('a preload that imports only electron, shared and itself passes', () => {
  assert.deepEqual(checkLayers(fixtureTree(GOOD_PRELOAD)), []);
});

test('a preload reaching for node, core, main, cli, renderer or an electron subpath fails with file:line', () => {
  const root = fixtureTree({
    ...GOOD_PRELOAD,
    'electron/preload/bad.ts': [
      "import { readFile } from 'node:fs';",
      "import { createCore } from '../core/create-core.ts';",
      "import { APP_ORIGIN } from '../main/app-url.ts';",
      "import { runCli } from '../cli/run-cli.ts';",
      "import { App } from '../../renderer/app/app.tsx';",
      "import { ipcRenderer } from 'electron/renderer';",
      "const lazy = require('path');",
    ].join('\n'),
  });
  const problems = checkLayers(root);
  assert.deepEqual(
    problems.map((p) => p.split(' (')[0]),
    [
      'electron/preload/bad.ts:1 imports "node:fs"',
      'electron/preload/bad.ts:2 imports electron/core/create-core.ts',
      'electron/preload/bad.ts:3 imports electron/main/app-url.ts',
      'electron/preload/bad.ts:4 imports electron/cli/run-cli.ts',
      'electron/preload/bad.ts:5 imports renderer/app/app.tsx',
      'electron/preload/bad.ts:6 imports "electron/renderer"',
      'electron/preload/bad.ts:7 imports "path"',
    ],
  );
  assert.match(problems[0], /may import only electron, electron\/preload, electron\/shared/);
});

test('core importing electron and the renderer importing core still fail', () => {
  const root = fixtureTree({
    'electron/core/window.ts': "import { BrowserWindow } from 'electron';\n",
    'electron/core/create-core.ts': 'export const createCore = () => 1;\n',
    'renderer/app.tsx': "import { createCore } from '../electron/core/create-core.ts';\n",
  });
  assert.deepEqual(checkLayers(root), [
    'electron/core/window.ts:1 imports "electron" (not allowed in electron/core)',
    'renderer/app.tsx:1 imports electron/core/create-core.ts (renderer must not depend on electron/core)',
  ]);
});
