// Bundles the shell into a temporary folder and checks what Electron will load: CommonJS files
// whose only non-builtin require is 'electron' (packaged builds ship no node_modules for them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { bundleElectron, OPTIONAL_EXTERNALS } from './bundle-electron.mjs';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const requiresOf = (code) => [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);

test('main and preload bundle to self-contained CommonJS', async (t) => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'lectern-bundle-'));
  t.after(() => rm(outDir, { recursive: true, force: true }));
  const { mainFile, preloadFile, searchWorkerFile } = await bundleElectron({ outDir });
  assert.equal(mainFile, path.join(outDir, 'main', 'main.cjs'));
  assert.equal(preloadFile, path.join(outDir, 'preload', 'preload.cjs'));

  const preload = await readFile(preloadFile, 'utf8');
  assert.deepEqual([...new Set(requiresOf(preload))], ['electron'], 'a sandboxed preload may require electron only');
  assert.doesNotMatch(preload, /^\s*(import|export)\s/m, 'the preload must not be an ES module');
  assert.match(preload, /exposeInMainWorld/);

  const main = await readFile(mainFile, 'utf8');
  const foreign = requiresOf(main).filter((name) => name !== 'electron' && !builtins.has(name) && !OPTIONAL_EXTERNALS.includes(name));
  assert.deepEqual(foreign, [], 'everything but electron and Node built-ins is bundled into main');
  // An optional package may stay out only where its require is guarded by try/catch.
  for (const name of OPTIONAL_EXTERNALS) {
    for (const m of main.matchAll(new RegExp(`require\\("${name}"\\)`, 'g'))) {
      assert.match(main.slice(Math.max(0, m.index - 200), m.index), /try\s*\{\s*[^}]*$/, `require("${name}") must be inside try`);
    }
  }
  assert.doesNotMatch(main, /^\s*(import|export)\s[^(]/m, 'main must be CommonJS');
  assert.match(main, /registerSchemesAsPrivileged/);
  // main starts the search worker from beside itself (core/search/index-client.ts).
  assert.equal(searchWorkerFile, path.join(outDir, 'main', 'search-worker.cjs'));
  assert.match(main, /search-worker\.cjs/);

  const worker = await readFile(searchWorkerFile, 'utf8');
  const foreignInWorker = requiresOf(worker).filter((name) => !builtins.has(name) && !OPTIONAL_EXTERNALS.includes(name));
  assert.deepEqual(foreignInWorker, [], 'the search worker bundles everything but Node built-ins');
});

test('the bundled search worker builds and searches an index', async (t) => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'lectern-bundle-'));
  t.after(() => rm(outDir, { recursive: true, force: true }));
  const { searchWorkerFile } = await bundleElectron({ outDir });
  const body = path.join(outDir, 'body.html');
  await writeFile(body, '<p>The river ran past the mill.</p>');
  const worker = new Worker(searchWorkerFile, { workerData: { path: path.join(outDir, 'search.sqlite') } });
  t.after(() => worker.terminate());
  const ask = async (seq, method, args) => {
    worker.postMessage({ seq, method, args });
    const [response] = await once(worker, 'message');
    assert.ok(response.ok, JSON.stringify(response));
    return response.value;
  };
  assert.deepEqual((await ask(1, 'open', [false])).signatures, {});
  const doc = { id: 'a1', signature: 's', title: 'Mills', author: '', site: '', url: '', note: '', highlights: '', bodyPath: body };
  await ask(2, 'write', [[doc], []]);
  assert.equal((await ask(3, 'search', ['"mill"', { best: 10, everyId: false, snippets: null }])).best.ids, 'a1');
});
