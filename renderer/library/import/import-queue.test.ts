import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import { dismissToast, toasts } from '../../ui/toast-store.ts';
import { announce, appImport, dismissFailures, importFailures, importFiles, onShellImportFinished, onShellImportProgress, shellImport } from './import-queue.ts';

// A bridge whose articles.importFile waits until the test lets it answer, as core does while it works on a big file.
const sent: string[] = [];
let answer: (() => void) | null = null;
(globalThis as unknown as { window: unknown }).window = {
  lectern: {
    shell: 'browser',
    invoke: async (method: string, input: { name: string }) => {
      sent.push(`${method} ${input.name}`);
      await new Promise<void>((resolve) => (answer = resolve));
      return { ok: true, value: { id: `id-${input.name}`, title: 'A very long book' } };
    },
    onEvent: () => () => {},
    onCommand: () => () => {},
  },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 10) {
    if (waited > 10_000) throw new Error(`gave up waiting for ${what}`);
    await pause(10);
  }
}

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
  await until('the toast', () => toasts.value.length > 0);
  assert.equal(read, false);
  assert.equal(appImport.shown.value, null, 'over in a moment: no bar');
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

test('an import of several files the shell started shows at once, file by file, and ends as one started here', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  onShellImportProgress({ done: 0, total: 2, current: 'a.html', step: { phase: 'reading', fraction: 0 }, origin: 'shell' });
  assert.equal(shellImport.shown.value?.file?.name, 'a.html');
  onShellImportProgress({ done: 1, total: 2, current: 'b.exe', step: { phase: 'decoding', fraction: 0.08 }, origin: 'shell' });
  assert.deepEqual(shellImport.shown.value, { done: 1, total: 2, file: { name: 'b.exe', phase: 'decoding', fraction: 0.08 }, finished: false });
  onShellImportFinished({ added: [{ id: 'id-a', title: 'On rivers' }], failed: [{ name: 'b.exe', code: 'UNSUPPORTED_FILE', message: 'Lectern can import HTML, Markdown and text files.' }] });
  assert.equal(shellImport.shown.peek()?.finished, true);
  t.mock.timers.tick(2000);
  assert.equal(shellImport.shown.value, null);
  assert.deepEqual(importFailures.value.map((f) => f.name), ['b.exe']);
  assert.match(toasts.value.at(-1)!.message, /^Added 1 of 2 files\. 1 could not be imported: b\.exe/);
});

test('a big file sent from here: the bar comes after a second with its name, moves with core\'s phases, and ends finished', async () => {
  const page = `<!doctype html><title>A very long book</title>${'<p>The river ran slowly past the mill.</p>'.repeat(20_000)}`;
  importFiles([new File([page], 'book.html', { type: 'text/html' })]);
  await until('the file to be sent', () => sent.includes('articles.importFile book.html'));
  assert.equal(appImport.shown.value, null, 'not before a second');
  await until('the bar', () => appImport.shown.value !== null);
  assert.equal(appImport.shown.value!.file?.name, 'book.html');
  assert.equal(appImport.shown.value!.file?.phase, 'reading');

  onShellImportProgress({ done: 0, total: 1, current: 'book.html', step: { phase: 'extracting', fraction: 0.2 }, origin: 'window' });
  assert.deepEqual(appImport.shown.value!.file, { name: 'book.html', phase: 'extracting', fraction: 0.2 });
  assert.equal(shellImport.shown.value, null, 'the window\'s own file is not a shell run');
  onShellImportProgress({ done: 0, total: 1, current: 'other.html', step: { phase: 'saving', fraction: 0.95 }, origin: 'window' });
  assert.equal(appImport.shown.value!.file?.name, 'book.html', 'another window\'s file leaves this bar alone');

  answer!();
  await until('the finished bar', () => appImport.shown.value?.finished === true);
  assert.equal(appImport.shown.value!.file?.name, 'book.html');
  assert.equal(toasts.value.at(-1)!.message, 'Added “A very long book”');
  await until('the bar to go', () => appImport.shown.value === null);
});
