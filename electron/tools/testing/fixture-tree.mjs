// A throwaway source tree for the static checks' tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes { 'path/in/tree': 'text' } into a fresh temp folder and returns the folder. */
export function fixtureTree(files) {
  const root = mkdtempSync(join(tmpdir(), 'lectern-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
