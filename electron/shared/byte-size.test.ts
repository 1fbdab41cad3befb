import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatByteSize } from './byte-size.ts';

test('sizes read in the unit that suits them', () => {
  assert.equal(formatByteSize(0), '0 bytes');
  assert.equal(formatByteSize(1), '1 byte');
  assert.equal(formatByteSize(812), '812 bytes');
  assert.equal(formatByteSize(14 * 1024 + 100), '14 KB');
  assert.equal(formatByteSize(1024 * 1024 - 1), '1023 KB');
  assert.equal(formatByteSize(1.5 * 1024 * 1024), '1.5 MB');
  assert.equal(formatByteSize(50 * 1024 * 1024), '50 MB');
  assert.equal(formatByteSize(61.24 * 1024 * 1024), '61.2 MB');
  assert.equal(formatByteSize(3 * 1024 ** 3), '3 GB');
});
