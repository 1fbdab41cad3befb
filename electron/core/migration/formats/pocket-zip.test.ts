import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { pocketZipReader } from './pocket-zip.ts';

// Rows from Readeck's fixture and karakeep#570: the older header with `cursor`.
const PART_0 = `title,url,time_added,cursor,tags,status
Hoarder App,https://github.com/hoarder-app,1728576752,7187623980,,unread
"hoarder-app/hoarder: A self-hostable bookmark-everything app (links, notes and images)",https://github.com/hoarder-app/hoarder,1728576752,7187623980,opensource|withÄumlaut|with space,unread
Some Website Title,"https://somewebsite.com/with,commas,in,the,url",1728576752,7187623980,,unread
https://example.org/untitled#section,https://example.org/untitled#section,1712037544,7187623981,,archive
`;
// The newer header, without `cursor`, in the second part.
const PART_1 = `title,url,time_added,tags,status
Read article,https://example.org/read,1712037544,,archive
"He said ""hello""",https://example.com/a,1700000000,quotes,unread
Mail,mailto:me@example.com,1700000000,,unread
`;
const ANNOTATIONS = JSON.stringify([
  { url: 'https://example.com/a', title: 'An article', highlights: [{ quote: 'first passage', created_at: 1700000000 }, { quote: 'second passage', created_at: 1700000100 }] },
  { url: 'https://example.com/gone', title: 'https://example.com/gone', highlights: [{ quote: 'kept anyway', created_at: 1700000200 }] },
]);
const COLLECTION = JSON.stringify({
  slug: 'weekend',
  title: 'Weekend reading',
  description: '',
  createdAt: '2024-05-01T10:00:00.000Z',
  items: [
    { url: 'https://example.org/read', title: 'Read article', excerpt: 'What it is about.', note: 'Send this to Sam.' },
    { url: 'https://example.net/listed-only', title: 'Only in a list', excerpt: null, note: 'Why I kept it.' },
  ],
});

function pocketZip(extra: Record<string, string> = {}): ImportBundle {
  // Parts listed out of order: the reader orders them by number.
  return memoryBundle(
    'pocket.zip',
    { 'part_000001.csv': PART_1, 'part_000000.csv': PART_0, 'annotations/part_000000.json': ANNOTATIONS, 'collections/weekend.json': COLLECTION, ...extra },
    { isZip: true },
  );
}

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of pocketZipReader.read(bundle)) entries.push(entry);
  return entries;
}
const itemsOf = (entries: ImportEntry[]): ImportItem[] => entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));

describe("Pocket's 2024–25 zip", () => {
  test('every part is read in order, with and without the cursor column, then the saves only the extras name', async () => {
    const items = itemsOf(await entriesOf(pocketZip()));
    assert.deepEqual(
      items.map((item) => [item.where, item.url]),
      [
        ['part_000000.csv line 2', 'https://github.com/hoarder-app'],
        ['part_000000.csv line 3', 'https://github.com/hoarder-app/hoarder'],
        ['part_000000.csv line 4', 'https://somewebsite.com/with,commas,in,the,url'],
        ['part_000000.csv line 5', 'https://example.org/untitled#section'],
        ['part_000001.csv line 2', 'https://example.org/read'],
        ['part_000001.csv line 3', 'https://example.com/a'],
        ['annotations/part_000000.json item 2', 'https://example.com/gone'],
        ['collections/weekend.json item 2', 'https://example.net/listed-only'],
      ],
    );
  });

  test('tags split on |, status archive is archived, time_added is seconds, a URL for a title is none', async () => {
    const items = itemsOf(await entriesOf(pocketZip()));
    assert.deepEqual(items[1]!.tags, ['opensource', 'withÄumlaut', 'with space']);
    assert.equal(items[1]!.title, 'hoarder-app/hoarder: A self-hostable bookmark-everything app (links, notes and images)');
    assert.equal(items[0]!.savedAt, '2024-10-10T16:12:32.000Z');
    assert.deepEqual(items.slice(0, 6).map((item) => item.archived), [false, false, false, true, true, false]);
    assert.equal(items[3]!.title, null);
    assert.equal(items[5]!.title, 'He said "hello"');
    assert.equal(items[0]!.favorite, false);
  });

  test('highlights join their save by URL, with their dates', async () => {
    const items = itemsOf(await entriesOf(pocketZip()));
    const article = items.find((item) => item.url === 'https://example.com/a');
    assert.deepEqual(article?.highlights, [
      { quote: 'first passage', note: '', tags: [], color: null, createdAt: '2023-11-14T22:13:20.000Z' },
      { quote: 'second passage', note: '', tags: [], color: null, createdAt: '2023-11-14T22:15:00.000Z' },
    ]);
    assert.deepEqual(items[0]!.highlights, []);
  });

  test('highlights of a save the CSV lacks still make an item', async () => {
    const gone = itemsOf(await entriesOf(pocketZip())).find((item) => item.url === 'https://example.com/gone');
    assert.equal(gone?.title, null);
    assert.deepEqual(gone?.highlights.map((highlight) => highlight.quote), ['kept anyway']);
    assert.equal(gone?.savedAt, null);
  });

  test("a list item's note becomes the note of its save, or of an item of its own", async () => {
    const items = itemsOf(await entriesOf(pocketZip()));
    const read = items.find((item) => item.url === 'https://example.org/read');
    assert.equal(read?.note, 'Send this to Sam.');
    assert.equal(read?.description, 'What it is about.');
    const listed = items.find((item) => item.url === 'https://example.net/listed-only');
    assert.equal(listed?.title, 'Only in a list');
    assert.equal(listed?.note, 'Why I kept it.');
  });

  test('a mailto: row is skipped with its scheme named', async () => {
    const skipped = (await entriesOf(pocketZip())).flatMap((entry) => (entry.kind === 'skipped' ? [entry.skipped] : []));
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]!.where, 'part_000001.csv line 4');
    assert.match(skipped[0]!.reason, /mailto:/);
  });

  test('a bare part CSV is read on its own', async () => {
    const bundle = memoryBundle('part_000000.csv', { 'part_000000.csv': PART_1 });
    assert.equal(await pocketZipReader.detect(bundle), true);
    assert.deepEqual(itemsOf(await entriesOf(bundle)).map((item) => item.url), ['https://example.org/read', 'https://example.com/a']);
  });

  test('detects by the CSV header inside, not by names', async () => {
    assert.equal(await pocketZipReader.detect(pocketZip()), true);
    assert.equal(await pocketZipReader.detect(memoryBundle('saves.csv', { 'saves.csv': PART_0 })), true);
    assert.equal(await pocketZipReader.detect(memoryBundle('pocket.zip', { 'part_000000.csv': 'URL,Title,Selection,Folder\n' }, { isZip: true })), false);
    assert.equal(await pocketZipReader.detect(memoryBundle('pocket.csv', { 'pocket.csv': 'URL,Title,Selection,Folder\n' })), false);
    assert.equal(await pocketZipReader.detect(memoryBundle('pocket.zip', { 'annotations/part_000000.json': ANNOTATIONS, 'notes.csv': PART_0 }, { isZip: true })), false);
  });

  test('a BOM and a Windows-1252 file read the same as UTF-8', async () => {
    const withBom = memoryBundle('pocket.csv', { 'pocket.csv': `\uFEFF${PART_1}` });
    assert.equal(await pocketZipReader.detect(withBom), true);
    assert.equal(itemsOf(await entriesOf(withBom))[0]!.title, 'Read article');
    const encode = (text: string) => [...new TextEncoder().encode(text)];
    const cp1252 = Uint8Array.from([...encode('title,url,time_added,tags,status\nCaf'), 0xe9, ...encode(',https://example.fr/,1700000000,caf'), 0xe9, ...encode(',unread\n')]);
    const [item] = itemsOf(await entriesOf(memoryBundle('pocket.csv', { 'pocket.csv': cp1252 })));
    assert.equal(item?.title, 'Café');
    assert.deepEqual(item?.tags, ['café']);
  });

  test('a quote left open names the part and the line', async () => {
    const broken = pocketZip({ 'part_000002.csv': 'title,url,time_added,tags,status\n"Open,https://example.com/x,1700000000,,unread\n' });
    await assert.rejects(entriesOf(broken), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /pocket\.zip: part_000002\.csv could not be read as CSV at line \d+/);
      return true;
    });
  });

  test('damaged annotations JSON names its file', async () => {
    const damaged = pocketZip({ 'annotations/part_000000.json': '[{"url": "https://example.com/a", "highl' });
    await assert.rejects(entriesOf(damaged), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /pocket\.zip: annotations\/part_000000\.json is not valid JSON/);
      return true;
    });
  });
});
