import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../shared/errors.ts';
import { importFileBytes, importFileBytesWithProgress, type ImportContentProgress } from './import-content.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const PAGE = `<!doctype html><html><head><title>Harbour</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour</h1>${'<p>The committee met again on Thursday to consider the revised plans for the harbour and its new breakwater.</p>'.repeat(40)}</article></body></html>`;

async function stepsOf(name: string, bytes: Uint8Array): Promise<ImportContentProgress[]> {
  const steps: ImportContentProgress[] = [];
  await importFileBytesWithProgress(name, bytes, { onProgress: (step) => steps.push(step) });
  return steps;
}

test('an import reports decoding, then finding the article, with fractions that grow and end at 1', async () => {
  for (const [name, content] of [['harbour.html', PAGE], ['notes.md', '# Notes\n\nA line worth keeping for later.'], ['plain.txt', 'Plain words in a file. And another sentence here.']] as const) {
    const steps = await stepsOf(name, utf8(content));
    assert.deepEqual(steps.map((s) => s.phase), ['decoding', 'extracting', 'extracting'], name);
    assert.equal(steps[0]!.fraction, 0, name);
    assert.equal(steps.at(-1)!.fraction, 1, name);
    for (const [i, step] of steps.entries()) if (i > 0) assert.ok(step.fraction > steps[i - 1]!.fraction, `${name}: ${JSON.stringify(steps)}`);
  }
});

test('with progress the article is the one importFileBytes makes', async () => {
  const withProgress = await importFileBytesWithProgress('harbour.html', utf8(PAGE), { onProgress: () => undefined });
  assert.deepEqual(withProgress, importFileBytes('harbour.html', utf8(PAGE)));
  assert.equal(withProgress.title, 'Harbour');
});

test('between phases the import waits a macrotask, so an event queued at a report can leave before the long work', async () => {
  const order: string[] = [];
  await importFileBytesWithProgress('harbour.html', utf8(PAGE), {
    onProgress: ({ phase, fraction }) => {
      order.push(`${phase} ${fraction}`);
      setImmediate(() => order.push('a macrotask ran'));
    },
  });
  assert.deepEqual(order.filter((o) => o === 'a macrotask ran').length, 3);
  assert.equal(order[1], 'a macrotask ran', order.join(', '));
});

test('a file refused before reading reports nothing; one refused while decoding reports only that it began', async () => {
  const empty: ImportContentProgress[] = [];
  await assert.rejects(importFileBytesWithProgress('empty.txt', new Uint8Array(), { onProgress: (s) => empty.push(s) }), { code: ErrorCode.emptyFile });
  assert.deepEqual(empty, []);
  const pdf: ImportContentProgress[] = [];
  await assert.rejects(importFileBytesWithProgress('paper.txt', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n'), { onProgress: (s) => pdf.push(s) }), { code: ErrorCode.binaryFile });
  assert.deepEqual(pdf, [{ phase: 'decoding', fraction: 0 }]);
});
