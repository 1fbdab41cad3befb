import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_IMPORT_BYTES, importSizeProblem } from './import-limit.ts';

test('up to the limit is fine; above it the message says both sizes', () => {
  assert.equal(importSizeProblem(MAX_IMPORT_BYTES), null);
  assert.equal(importSizeProblem(61.2 * 1024 * 1024), 'This file is 61.2 MB; Lectern imports files of 50 MB or less.');
  assert.equal(importSizeProblem(61.2 * 1024 * 1024, 'paste'), 'The pasted text is 61.2 MB; Lectern imports up to 50 MB at a time.');
});

test('just over the limit never reads as the limit itself ("is 50 MB; … up to 50 MB")', () => {
  assert.equal(importSizeProblem(MAX_IMPORT_BYTES + 1), 'This file is just over 50 MB; Lectern imports files of 50 MB or less.');
  assert.equal(importSizeProblem(MAX_IMPORT_BYTES + 40_000, 'paste'), 'The pasted text is just over 50 MB; Lectern imports up to 50 MB at a time.');
  assert.equal(importSizeProblem(MAX_IMPORT_BYTES + 200_000), 'This file is 50.2 MB; Lectern imports files of 50 MB or less.');
});
