// Opening a library that fails in a way Lectern does not know as damage (a bug, a disk error) still ends in a
// state: never a stack thrown out of createCore, never a lock left held after close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryState } from '../../shared/models.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

test('an error that is not damage while opening ends in the could-not-start state, and close releases the lock', async () => {
  const dataDir = await tempDir();
  // A folder where library.json belongs: reading it fails with EISDIR, which is no CorruptFileError.
  await mkdir(join(dataDir, 'library.json'));
  const core = await createCore({ dataDir, rendererDir: '', owner: 'a test' });
  const status = await core.dispatch('library.status', {});
  assert.ok(status.ok);
  const state = status.value as LibraryState;
  assert.equal(state.state, 'corrupt');
  if (state.state === 'corrupt') assert.match(state.message, /^Lectern could not start with this library \(.*EISDIR.*\)\. Nothing was changed\.$/);
  assert.equal((await core.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'all' })).ok, false);
  await core.close();
  assert.equal(await exists(join(dataDir, 'lectern.lock')), false);
});
