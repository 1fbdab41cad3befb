import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLectern } from '../testing/run-lectern.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { closedPort } from '../../core/capture/testing/test-server.ts';

const lectern = (args: string[]) => runLectern(args, { capture: { page: { allowPrivateNetwork: true }, images: { allowPrivateNetwork: true } } });

test('lectern pending remove ID stops waiting for that link, and only that one', async () => {
  const dataDir = await tempDir();
  const port = await closedPort();
  const first = `http://127.0.0.1:${port}/first`;
  const second = `http://127.0.0.1:${port}/second`;
  assert.equal((await lectern(['add', first, second, '--data-dir', dataDir])).code, 1);
  const waiting = JSON.parse((await lectern(['pending', '--json', '--data-dir', dataDir])).out) as { id: string; url: string }[];
  assert.equal(waiting.length, 2);
  const target = waiting.find((item) => item.url === first)!;

  const removed = await lectern(['pending', 'remove', target.id.slice(0, 8), '--data-dir', dataDir]);
  assert.equal(removed.code, 0, removed.err);
  assert.equal(removed.out, `Removed ${first}`);
  const left = JSON.parse((await lectern(['pending', '--json', '--data-dir', dataDir])).out) as { url: string }[];
  assert.deepEqual(left.map((item) => item.url), [second]);

  const byUrl = await lectern(['pending', 'remove', second, '--data-dir', dataDir]);
  assert.equal(byUrl.code, 0, byUrl.err);
  assert.equal((await lectern(['pending', '--data-dir', dataDir])).out, 'No links are waiting to be saved.');
});

test('lectern pending remove names what is wrong: no id, an unknown id, another word', async () => {
  const dataDir = await tempDir();
  const none = await lectern(['pending', 'remove', '--data-dir', dataDir]);
  assert.notEqual(none.code, 0);
  assert.match(none.err, /needs the id of a pending link/);
  const unknown = await lectern(['pending', 'remove', 'nope', '--data-dir', dataDir]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No pending link has the id "nope"/);
  const other = await lectern(['pending', 'delete', 'x', '--data-dir', dataDir]);
  assert.notEqual(other.code, 0);
  assert.match(other.err, /"delete" is not one/);
});
