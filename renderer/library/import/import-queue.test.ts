import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import { dismissToast, toasts } from '../../ui/toast-store.ts';
import { announce, appImport, dismissFailures, importFailures, importFiles, onShellImportFinished, onShellImportProgress, shellImport } from './import-queue.ts';

afterEach(() => {
  for (const toast of toasts.value) dismissToast(toast.id); // also clears their timers, so the run can end
  dismissFailures();
});

const article = (title: string) => ({ id: `id-${title}`, title }) as ArticleSummary;

test('a file over the limit is refused without being read', async () => {
  let read = false;
  const huge = {
    name: 'huge.txt',
    size: 60 * 1024 * 1024,
    arrayBuffer: async () => {
      read = true;
      return new ArrayBuffer(0);
    },
  } as unknown as File;
  importFiles([huge]);
  while (appImport.value) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(read, false);
  assert.equal(importFailures.value.length, 1);
  assert.match(importFailures.value[0]!.message, /60\.0 MB|60 MB/);
  assert.match(toasts.value[0]!.message, /Could not import huge\.txt/);
});

test('one toast sums up a run: a single title, a count, or what failed', () => {
  announce([article('On rivers')], []);
  assert.equal(toasts.value.at(-1)!.message, 'Added “On rivers”');
  assert.equal(toasts.value.at(-1)!.action?.label, 'Open');
  announce([article('a'), article('b')], []);
  assert.equal(toasts.value.at(-1)!.message, 'Added 2 articles');
  announce([article('a')], [
    { name: 'x.pdf', code: 'UNSUPPORTED_FILE', message: 'This looks like a PDF.' },
    { name: 'y.png', code: 'BINARY_FILE', message: 'An image.' },
  ]);
  assert.match(toasts.value.at(-1)!.message, /^Added 1 of 3 files\. 2 could not be imported: x\.pdf, y\.png/);
  assert.equal(toasts.value.at(-1)!.tone, 'error');
});

test('an import the shell started ends as one started here: the same toast and the same failures list', () => {
  onShellImportProgress({ done: 1, total: 2, current: 'b.exe' });
  assert.deepEqual(shellImport.value, { done: 1, total: 2, current: 'b.exe' });
  onShellImportFinished({ added: [{ id: 'id-a', title: 'On rivers' }], failed: [{ name: 'b.exe', code: 'UNSUPPORTED_FILE', message: 'Lectern can import HTML, Markdown and text files.' }] });
  assert.equal(shellImport.value, null);
  assert.deepEqual(importFailures.value.map((f) => f.name), ['b.exe']);
  assert.match(toasts.value.at(-1)!.message, /^Added 1 of 2 files\. 1 could not be imported: b\.exe/);
});
