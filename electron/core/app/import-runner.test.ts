import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../shared/errors.ts';
import { importFileBytes, type ImportContentProgress } from '../importers/import-content.ts';
import { importInBackground } from './import-runner.ts';

const PARAGRAPH = '<p>The committee met again on Thursday to consider the revised plans for the harbour and its new breakwater.</p>\n';
const bigPage = () => new TextEncoder().encode(`<!doctype html><html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>${PARAGRAPH.repeat(9_500)}</article></body></html>`);

test('a big file is imported in a worker: the same article, its phases told as they start', async () => {
  const bytes = bigPage();
  assert.ok(bytes.byteLength > 1024 * 1024);
  const steps: ImportContentProgress[] = [];
  // Proof that the work is elsewhere: this thread's timers keep running while the page is taken apart.
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 5);
  const article = await importInBackground('harbour.html', bytes, (step) => steps.push(step));
  clearInterval(ticker);
  assert.deepEqual(steps.map((s) => s.phase), ['decoding', 'extracting', 'extracting']);
  assert.equal(steps.at(-1)!.fraction, 1);
  assert.deepEqual(article, importFileBytes('harbour.html', bytes));
  assert.ok(ticks > 3, `${ticks} ticks while the worker ran`);
});

test('a failure in the worker comes back with its code and its sentence', async () => {
  const noise = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 7919) % 256);
  await assert.rejects(importInBackground('data.txt', noise, () => undefined), (error: { code?: string; message: string }) => {
    assert.equal(error.code, ErrorCode.binaryFile);
    assert.match(error.message, /binary data/);
    return true;
  });
});

test('a small file is imported here, with the same phases', async () => {
  const steps: string[] = [];
  const article = await importInBackground('note.md', new TextEncoder().encode('# A note\n\nWorth keeping.'), (step) => steps.push(step.phase));
  assert.equal(article.title, 'A note');
  assert.deepEqual(steps, ['decoding', 'extracting', 'extracting']);
});
