import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { runLectern } from '../testing/run-lectern.ts';

const lectern = (args: string[]) => runLectern(args);

test('fetch --status counts the downloads; --pause is remembered until --resume', async () => {
  const dataDir = await tempDir();
  const status = await lectern(['fetch', '--status', '--data-dir', dataDir]);
  assert.equal(status.code, 0, status.err);
  assert.equal(status.out, 'Downloads: 0 queued, 0 downloading, 0 failed, 0 done.');
  assert.equal((await lectern(['fetch', '--pause', '--data-dir', dataDir])).out, 'Downloads: 0 queued, 0 downloading, 0 failed, 0 done (paused).');
  const json = await lectern(['fetch', '--status', '--json', '--data-dir', dataDir]);
  assert.equal(JSON.parse(json.out).paused, true, 'pausing outlives the command');
  assert.equal((await lectern(['fetch', '--resume', '--data-dir', dataDir])).out, 'Downloads: 0 queued, 0 downloading, 0 failed, 0 done.');
});

test('fetch with nothing waiting says so; two actions at once are wrong usage', async () => {
  const dataDir = await tempDir();
  const idle = await lectern(['fetch', '--data-dir', dataDir]);
  assert.equal(idle.code, 0, idle.err);
  assert.match(idle.out, /Nothing waits to be downloaded\./);
  const both = await lectern(['fetch', '--pause', '--resume', '--data-dir', dataDir]);
  assert.equal(both.code, 2);
  assert.match(both.err, /Give one of --status, --pause and --resume, not --pause and --resume/);
});

test('fetch downloads the links an import held back, through the real core', async () => {
  const dataDir = await tempDir();
  const csv = join(dataDir, '..', `pocket-${Date.now()}.csv`);
  await writeFile(csv, 'title,url,time_added,tags,status\nUnreachable,http://127.0.0.1:9/nothing-here,1700000000,,unread\n');
  const imported = await lectern(['import', csv, '--no-fetch', '--data-dir', dataDir]);
  assert.equal(imported.code, 0, imported.err);
  const fetched = await lectern(['fetch', '--data-dir', dataDir]);
  assert.match(fetched.out, /Downloads: 0 queued, 0 downloading, 1 failed/);
  assert.match(fetched.out, /keeps its reason/);
});
