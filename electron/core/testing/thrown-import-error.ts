import assert from 'node:assert/strict';
import { ImportError } from '../importers/import-error.ts';

/** The ImportError run throws; fails the test when it throws nothing or something else. */
export function thrownImportError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the import to throw');
}
