import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openTestLibrary } from '../testing/test-library.ts';

test('an archive exported for the window downloads from /exports/<name> as an attachment; only the newest three are kept', async () => {
  const { dir, core, call, add } = await openTestLibrary();
  await add('Something to keep');
  const names: string[] = [];
  for (let i = 0; i < 4; i++) {
    const exported = await call<{ fileName: string; url: string; sizeBytes: number }>('library.exportArchive', {});
    assert.equal(exported.url, `/exports/${exported.fileName}`);
    names.push(exported.fileName);
  }
  assert.match(names[0] ?? '', /^lectern-\d{4}-\d{2}-\d{2}\.zip$/);
  assert.equal(new Set(names).size, 4, 'a second export the same day gets its own name');
  assert.deepEqual((await readdir(join(dir, 'exports'))).sort(), names.slice(1).sort());

  const newest = names[3] ?? '';
  const response = await core.handleAppRequest(new Request(`lectern://app/exports/${newest}`));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Disposition'), `attachment; filename="${newest}"`);
  assert.equal(response.headers.get('Content-Type'), 'application/zip');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
  assert.equal(String(bytes.length), response.headers.get('Content-Length'));
  await core.close();
});

test('nothing but an export directly in the exports folder is served from /exports/', async () => {
  const { dir, core } = await openTestLibrary();
  await writeFile(join(dir, 'exports-secret.zip'), 'x');
  for (const path of ['/exports/library.json', '/exports/..%2Flibrary.json', '/exports/%2e%2e', '/exports/lectern-2026-01-01.zip', '/exports/..%2Fexports-secret.zip', '/exports/lectern-2026-01-01.zip%00.txt']) {
    const response = await core.handleAppRequest(new Request(`lectern://app${path}`));
    assert.equal(response.status, 404, path);
  }
  await core.close();
});
