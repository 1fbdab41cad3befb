import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IMPORT_SPANS } from '../../../electron/shared/import-steps.ts';
import { importProgressLines } from './import-progress-wording.ts';

const MB = 1024 * 1024;

test('one big file: its name, the phase it is in, and the bytes read while reading', () => {
  const lines = importProgressLines({ done: 0, total: 1, finished: false, file: { name: 'book.html', phase: 'reading', fraction: 0.02, bytes: { done: 12 * MB, total: 49 * MB } } });
  assert.equal(lines.count, 'Importing');
  assert.equal(lines.current, 'book.html');
  assert.equal(lines.detail, 'Reading the file');
  assert.equal(lines.bytes, ': 12 MB of 49 MB');
  assert.equal(lines.fraction, 0.02);
  assert.equal(lines.phaseEnds, IMPORT_SPANS.readingEnds);
});

test('the long phase names what is being done, and the stretch it works through reaches saving', () => {
  const lines = importProgressLines({ done: 0, total: 1, finished: false, file: { name: 'book.html', phase: 'extracting', fraction: 0.1 } });
  assert.equal(lines.detail, 'Finding the article and cleaning it');
  assert.equal(lines.fraction, 0.1);
  assert.equal(lines.phaseEnds, IMPORT_SPANS.savingStarts);
  assert.equal(importProgressLines({ done: 0, total: 1, finished: false, file: { name: 'b', phase: 'saving', fraction: 0.95 } }).detail, 'Saving it to your library');
});

test('several files: which of how many, the bar over the whole run', () => {
  const lines = importProgressLines({ done: 2, total: 4, finished: false, file: { name: 'c.md', phase: 'decoding', fraction: 0.5 } });
  assert.equal(lines.count, 'Importing 3 of 4');
  assert.equal(lines.detail, 'Decoding the text');
  assert.equal(lines.fraction, 0.625);
});

test('finished: the bar is full and says so, with the file or the number of files', () => {
  assert.deepEqual(importProgressLines({ done: 1, total: 1, finished: true, file: { name: 'book.html', phase: 'saving', fraction: 1 } }), {
    count: 'Import finished', current: 'book.html', detail: null, bytes: null, fraction: 1, phaseEnds: 1,
  });
  assert.equal(importProgressLines({ done: 5, total: 5, finished: true, file: null }).current, '5 files');
});
