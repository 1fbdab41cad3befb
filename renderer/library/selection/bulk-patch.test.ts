import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePatch, inversePatch } from './bulk-patch.ts';

test('the inverse flips exactly the flags the patch set', () => {
  assert.deepEqual(inversePatch({ archived: true }), { archived: false });
  assert.deepEqual(inversePatch({ favorite: false, finished: true }), { favorite: true, finished: false });
  assert.deepEqual(inversePatch({}), {});
});

test('each patch reads as what happened', () => {
  assert.equal(describePatch({ archived: true }, '3 articles'), 'Archived 3 articles');
  assert.equal(describePatch({ archived: false }, '3 articles'), 'Moved 3 articles back to the library');
  assert.equal(describePatch({ finished: true }, '1 article'), 'Marked 1 article as finished');
});
