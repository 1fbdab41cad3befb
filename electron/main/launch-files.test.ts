import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { filesFromSecondInstance, importLaunchFiles } from './launch-files.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import type { Core } from '../core/core-types.ts';

const abs = (p: string) => path.resolve('/', p);

describe('filesFromSecondInstance', () => {
  test('prefers the additionalData the second instance sent', () => {
    const files = [abs('docs/a.md'), abs('b.html')];
    assert.deepEqual(filesFromSecondInstance({ files }, ['lectern', 'ignored.md'], 1, abs('x')), files);
  });

  test('falls back to argv, resolved against the second instance working directory', () => {
    const cwd = abs('home/ada');
    assert.deepEqual(filesFromSecondInstance(null, ['lectern', '--no-sandbox', 'a.md'], 1, cwd), [path.join(cwd, 'a.md')]);
    // Malformed additionalData (relative paths, wrong types) is not trusted.
    assert.deepEqual(filesFromSecondInstance({ files: ['rel.md'] }, ['lectern', 'a.md'], 1, cwd), [path.join(cwd, 'a.md')]);
    assert.deepEqual(filesFromSecondInstance({ files: [1] }, ['lectern'], 1, cwd), []);
  });
});

describe('importLaunchFiles', () => {
  test('sends the paths to articles.importPaths and leaves the telling to core events', async () => {
    const calls: Array<[string, unknown]> = [];
    const core = {
      dispatch: (async (method: string, input: unknown): Promise<Result<unknown>> => {
        calls.push([method, input]);
        return { ok: true, value: [{ name: 'a.md', ok: true }, { name: 'b.exe', ok: false, code: ErrorCode.unsupportedFile, message: 'Unsupported file type.' }] };
      }) as Core['dispatch'],
    };
    assert.equal(await importLaunchFiles(core, ['/a.md', '/b.exe']), undefined);
    assert.deepEqual(calls, [['articles.importPaths', { paths: ['/a.md', '/b.exe'] }]]);
  });

  test('does nothing without files, and only logs when core refuses the whole call', async (t) => {
    let called = false;
    const logged = t.mock.method(console, 'error', () => {});
    const refuse = { dispatch: (async (): Promise<Result<unknown>> => ((called = true), { ok: false, code: ErrorCode.databaseCorrupt, message: 'x' })) as Core['dispatch'] };
    await importLaunchFiles(refuse, []);
    assert.equal(called, false);
    await importLaunchFiles(refuse, ['/a']);
    assert.equal(called, true);
    assert.equal(logged.mock.callCount(), 1);
  });
});
