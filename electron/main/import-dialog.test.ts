import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { Core } from '../core/core-types.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import { importFromAnotherApp } from './import-dialog.ts';

function fakes(answer: OpenDialogReturnValue, result: Result<unknown> = { ok: true, value: {} }) {
  const shown: OpenDialogOptions[] = [];
  const calls: Array<[string, unknown]> = [];
  const showOpenDialog = async (options: OpenDialogOptions) => (shown.push(options), answer);
  const core = {
    dispatch: (async (method: string, input: unknown) => (calls.push([method, input]), result)) as Core['dispatch'],
  };
  return { shown, calls, showOpenDialog, core };
}

test('the chosen export is previewed by core from its path, for the window to show', async () => {
  const { shown, calls, showOpenDialog, core } = fakes({ canceled: false, filePaths: ['/home/ada/pocket.zip'] });
  await importFromAnotherApp(showOpenDialog, core);
  assert.equal(shown.length, 1);
  assert.deepEqual(shown[0]?.properties, ['openFile'], 'one file');
  assert.deepEqual(shown[0]?.filters?.[0]?.extensions, ['zip', 'csv', 'json', 'html', 'htm']);
  assert.deepEqual(calls, [['migration.previewPath', { path: '/home/ada/pocket.zip', show: true }]]);
});

test('a cancelled dialog previews nothing', async () => {
  const { calls, showOpenDialog, core } = fakes({ canceled: true, filePaths: [] });
  await importFromAnotherApp(showOpenDialog, core);
  assert.deepEqual(calls, []);
});

test('a file core cannot preview is only logged: the window hears why from core', async (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const refused: Result<unknown> = { ok: false, code: ErrorCode.unsupportedFile, message: 'notes.json is not an export Lectern recognises.' };
  const { calls, showOpenDialog, core } = fakes({ canceled: false, filePaths: ['/tmp/notes.json'] }, refused);
  await importFromAnotherApp(showOpenDialog, core);
  assert.equal(calls.length, 1);
  assert.equal(logged.mock.callCount(), 1);
  assert.match(String(logged.mock.calls[0]?.arguments[0]), /notes\.json could not be previewed: notes\.json is not an export/);
});
