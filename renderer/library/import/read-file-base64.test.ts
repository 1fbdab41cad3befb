import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileAsBase64, type ReadProgress } from './read-file-base64.ts';

test('a file is read and encoded whole, its progress counting bytes read and then encoded, up to the end', async () => {
  const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 251);
  const seen: ReadProgress[] = [];
  const base64 = await readFileAsBase64(new File([bytes], 'big.bin'), (progress) => seen.push(progress));
  assert.equal(base64, Buffer.from(bytes).toString('base64'));
  assert.ok(seen.length > 2, `${seen.length} reports`);
  for (const [i, p] of seen.entries()) if (i > 0) assert.ok(p.fraction >= seen[i - 1]!.fraction && p.read >= seen[i - 1]!.read);
  assert.equal(seen.findLast((p) => p.fraction <= 0.5)!.read, bytes.length, 'reading is the first half');
  assert.ok(seen.at(-1)!.fraction > 0.9 && seen.at(-1)!.fraction <= 1);
});

test('an empty file is an empty string', async () => {
  assert.equal(await readFileAsBase64(new File([], 'empty.txt'), () => undefined), '');
});
