import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_IMPORT_BYTES, importSizeProblem } from './import-limit.ts';

test('up to the limit is fine; above it the message says both sizes', () => {
  assert.equal(importSizeProblem(MAX_IMPORT_BYTES), null);
  assert.equal(importSizeProblem(61.2 * 1024 * 1024), 'This file is 61.2 MB; Lectern imports files up to 50 MB.');
  assert.equal(importSizeProblem(61.2 * 1024 * 1024, 'paste'), 'The pasted text is 61.2 MB; Lectern imports up to 50 MB at a time.');
});
