import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyFromBytes, bodyIncludes, openBodyFile } from './stored-body.ts';

test('a body file is read in slices, exactly, and ends with nothing past its size', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-body-'));
  const text = 'Ő folyó 🌊 partján. '.repeat(5_000);
  await writeFile(join(dir, 'body.html'), text);
  const body = await openBodyFile(join(dir, 'body.html'));
  assert.equal(body.size, Buffer.byteLength(text));
  const slices: Uint8Array[] = [];
  for (let position = 0; position < body.size; position += 4_099) slices.push(await body.read(position, 4_099));
  assert.equal(Buffer.concat(slices).toString('utf8'), text);
  assert.equal((await body.read(body.size, 10)).length, 0);
  await body.close();
  await body.close(); // twice is harmless: a cancelled stream and its end may both close it
});

test('a missing body file throws when opened, not later while streaming', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-body-'));
  await assert.rejects(openBodyFile(join(dir, 'body.html')), { code: 'ENOENT' });
});

test('bodyIncludes finds text wherever it falls, also across two slices, and nothing that is not there', async () => {
  const needle = '/articles/abc/assets/lead.jpg';
  const filler = 'x'.repeat(100);
  for (let at = 0; at <= filler.length; at++) {
    const body = bodyFromBytes(Buffer.from(filler.slice(0, at) + needle + filler.slice(at)));
    assert.equal(await bodyIncludes(body, needle, 16), true, `at ${at}`);
  }
  assert.equal(await bodyIncludes(bodyFromBytes(Buffer.from(filler + needle.slice(0, -1))), needle, 16), false);
  assert.equal(await bodyIncludes(bodyFromBytes(Buffer.from('')), needle), false);
  assert.equal(await bodyIncludes(bodyFromBytes(Buffer.from('Ő🌊')), '🌊', 3), true);
});
