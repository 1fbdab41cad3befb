import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { tempDir } from '../../testing/temp-dir.ts';
import { openZipBundle } from './zip-bundle.ts';

/** Writes a zip of these entries (deflated) and answers its path. */
async function makeZip(entries: Record<string, string | Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const path = join(await tempDir(), 'export.zip');
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

test('a zip is a bundle of its entries, each read whole or streamed', async () => {
  const bundle = await openZipBundle(await makeZip({ 'part_000000.csv': 'title,url\nA,https://a.example\n', 'annotations/part_000000.json': '[]' }));
  try {
    assert.equal(bundle.isZip, true);
    assert.deepEqual(bundle.files.map((file) => file.path).sort(), ['annotations/part_000000.json', 'part_000000.csv']);
    assert.equal(new TextDecoder().decode(await bundle.file('annotations/part_000000.json')?.bytes()), '[]');
    let text = '';
    for await (const chunk of bundle.file('part_000000.csv')?.stream() ?? []) text += new TextDecoder().decode(chunk);
    assert.match(text, /https:\/\/a\.example/);
  } finally {
    bundle.close();
  }
});

test('a zip bomb is refused before anything is unpacked: compressed far too well', async () => {
  const path = await makeZip({ 'part_000000.csv': Buffer.alloc(20 * 1024 * 1024) });
  await assert.rejects(openZipBundle(path), /compressed \d+ to 1.*zip bomb/);
});

test('a zip larger in all than the limit is refused, naming the entry', async () => {
  const path = await makeZip({ 'a.csv': 'x'.repeat(3000), 'b.csv': 'y'.repeat(3000) });
  await assert.rejects(openZipBundle(path, { maxTotalBytes: 4000, maxEntryBytes: 1e9, maxRatio: 1e9, maxEntries: 10 }), /b\.csv alone is .*zip bomb/);
});

test('an entry whose name climbs out of the archive is refused', async () => {
  const path = await makeZip({ 'xx/evil.csv': 'title,url\n' });
  const bytes = await readFile(path);
  // The same name appears in the local header and the central directory; both now say ../evil.csv.
  await writeFile(path, Buffer.from(bytes.toString('latin1').replaceAll('xx/evil.csv', '../evil.csv'), 'latin1'));
  await assert.rejects(openZipBundle(path), /points outside the archive/);
});

test('a zip cut short while downloading is refused with a sentence saying so', async () => {
  const path = await makeZip({ 'part_000000.csv': 'title,url\n'.repeat(100) });
  const bytes = await readFile(path);
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  await assert.rejects(openZipBundle(path), /not a complete zip file.*Download the export again/);
});
