import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvColumns, csvRows, parseHeader } from './csv-rows.ts';
import { memoryBundle } from './import-bundle.ts';

async function rows(content: string | Uint8Array) {
  const bundle = memoryBundle('export.csv', { 'export.csv': content });
  const result = [];
  for await (const row of csvRows(bundle.files[0]!, 'export.csv')) result.push(row);
  return result;
}

test('rows are keyed by lower-cased header name, quoted commas and newlines kept, lines counted', async () => {
  const result = await rows('Title,URL,Tags\n"A, with comma","https://x.example/a,b",a|b\n"Two\nlines",https://x.example/2,\n');
  assert.deepEqual(result[0], { line: 2, values: { title: 'A, with comma', url: 'https://x.example/a,b', tags: 'a|b' } });
  assert.equal(result[1]?.values.title, 'Two\nlines');
  assert.equal(result[1]?.line, 3);
});

test('a BOM, Windows line endings and a short row are read', async () => {
  const result = await rows('\uFEFFurl,title\r\nhttps://a.example,Café\r\nhttps://b.example\r\n');
  assert.deepEqual(result.map((row) => row.values), [{ url: 'https://a.example', title: 'Café' }, { url: 'https://b.example', title: '' }]);
});

test('a Windows-1252 file is decoded as such', async () => {
  const bytes = Uint8Array.from([...Buffer.from('url,title\nhttps://a.example,Caf', 'latin1'), 0xe9, 0x20, 0x93, 0x71, 0x94, 0x0a]);
  const [row] = await rows(bytes);
  assert.equal(row?.values.title, 'Café “q”');
});

test('a quote never closed ends in an error naming the file and the line', async () => {
  await assert.rejects(rows('url,title\nhttps://a.example,ok\nhttps://b.example,"never closed\nmore\n'), /export\.csv could not be read as CSV at line \d+: a quoted value is never closed/);
});

test('semicolon CSV (Wallabag) is recognised by its header', async () => {
  assert.deepEqual(parseHeader('Title;URL;Tags'), { columns: ['title', 'url', 'tags'], delimiter: ';' });
  const result = await rows('Title;URL\nA;https://a.example\n');
  assert.equal(result[0]?.values.url, 'https://a.example');
});

test('csvColumns reads only the header and refuses what is not a CSV', async () => {
  assert.deepEqual(await csvColumns(memoryBundle('a', { a: 'URL,Title,Selection,Folder\nx,y,z,w\n' }).files[0]!), ['url', 'title', 'selection', 'folder']);
  assert.equal(await csvColumns(memoryBundle('a', { a: '{"bookmarks":[]}' }).files[0]!), null);
  assert.equal(await csvColumns(memoryBundle('a', { a: '<!DOCTYPE NETSCAPE-Bookmark-file-1>' }).files[0]!), null);
});
