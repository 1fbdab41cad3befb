import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem, SkippedEntry } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { readwiseReader } from './readwise-csv.ts';

// The fixture kit's rows (migration-formats.md 1.5 and 1.12), the first three as in Readeck's fixture.
const LIBRARY = [
  'Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen',
  ',https://www.startpage.com/,,,2025-01-20 22:13:02.447000+00:00,,archive,',
  ',mailto:reader-forwarded-email/7346231d78e747bf19a52a9da1585e71,,,,,feed,',
  `"Some Title",https://www.linuxserver.io/,,"[""don't"", 'favorite', 'peanut, butter']",2022-12-05 12:42:10+00:00,,,`,
  'Forwarded letter,mailto:reader-forwarded-email/abc,,,,,later,False',
  "Half Read,https://example.com/half,01abc,['x'],2024-03-01 10:00:00+00:00,0.42,later,True",
  'Done,https://example.com/done,01abd,[],2024-03-02 10:00:00+00:00,100,shortlist,True',
  'No Address,,01abe,,,,new,',
  '',
].join('\n');

const HIGHLIGHTS = [
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
  '"The first\npassage",some   TITLE,Jane Doe,,my note,yellow,"idea, later",offset,1234,2024-01-05 10:00:00.123456+00:00,',
  'Second passage,Some Title,Jane Doe,,,orange,,offset,2000,2024-01-06 10:00:00+00:00,',
  `A Kindle line,A Kindle Book,Author K,B00X,,,,location,77,2023-02-02 08:00:00+00:00,"['books', 'favorite']"`,
  ',Some Title,,,,,,,,,',
  'Orphan quote,,,,,,,,,,',
  '',
].join('\n');

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of readwiseReader.read(bundle)) entries.push(entry);
  return entries;
}

function itemsOf(entries: ImportEntry[]): ImportItem[] {
  return entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
}

function skippedOf(entries: ImportEntry[]): SkippedEntry[] {
  return entries.flatMap((entry) => (entry.kind === 'skipped' ? [entry.skipped] : []));
}

describe('Readwise Reader: detecting', () => {
  test('the library CSV, the highlights CSV, and both together are recognised by their headers', async () => {
    assert.equal(await readwiseReader.detect(memoryBundle('export.txt', { 'export.txt': LIBRARY })), true);
    assert.equal(await readwiseReader.detect(memoryBundle('readwise.csv', { 'readwise.csv': HIGHLIGHTS })), true);
    assert.equal(await readwiseReader.detect(memoryBundle('both.zip', { 'reader.csv': LIBRARY, 'highlights.csv': HIGHLIGHTS })), true);
  });

  test('other CSVs and JSON are not Readwise', async () => {
    const raindrop = 'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n';
    const instapaper = 'URL,Title,Selection,Folder,Timestamp,Tags\n';
    assert.equal(await readwiseReader.detect(memoryBundle('r.csv', { 'r.csv': raindrop })), false);
    assert.equal(await readwiseReader.detect(memoryBundle('i.csv', { 'i.csv': instapaper })), false);
    assert.equal(await readwiseReader.detect(memoryBundle('k.json', { 'k.json': '{"bookmarks":[],"lists":[]}' })), false);
    assert.equal(await readwiseReader.detect(memoryBundle('x.zip', { 'notes.txt': LIBRARY, 'a.html': '<html>' })), false);
  });
});

describe('Readwise Reader: the library CSV', () => {
  test('every quirk of the fixture kit, read from a file that starts with a BOM', async () => {
    const entries = await entriesOf(memoryBundle('reader.csv', { 'reader.csv': `\uFEFF${LIBRARY}` }));
    const items = itemsOf(entries);
    assert.deepEqual(
      items.map((item) => [item.where, item.url, item.title]),
      [
        ['reader.csv line 2', 'https://www.startpage.com/', null],
        ['reader.csv line 4', 'https://www.linuxserver.io/', 'Some Title'],
        ['reader.csv line 6', 'https://example.com/half', 'Half Read'],
        ['reader.csv line 7', 'https://example.com/done', 'Done'],
      ],
    );
    const [startpage, linuxserver, half, done] = items as [ImportItem, ImportItem, ImportItem, ImportItem];
    assert.equal(startpage.archived, true);
    assert.equal(startpage.savedAt, '2025-01-20T22:13:02.447Z');
    assert.equal(startpage.progress, null);
    assert.deepEqual(linuxserver.tags, ["don't", 'peanut, butter']);
    assert.equal(linuxserver.favorite, true);
    assert.equal(linuxserver.archived, false);
    assert.equal(linuxserver.savedAt, '2022-12-05T12:42:10.000Z');
    assert.equal(half.progress, 0.42);
    assert.deepEqual(half.tags, ['x']);
    assert.equal(half.favorite, false);
    assert.equal(done.progress, 1);
    assert.deepEqual(done.tags, []);
    assert.deepEqual(done.highlights, []);

    const skipped = skippedOf(entries);
    assert.deepEqual(
      skipped.map((entry) => entry.where),
      ['reader.csv line 3', 'reader.csv line 5', 'reader.csv line 8'],
    );
    assert.equal(skipped[0]!.reason, 'an RSS feed item, not a saved article');
    assert.equal(skipped[0]!.url, 'mailto:reader-forwarded-email/7346231d78e747bf19a52a9da1585e71');
    assert.match(skipped[1]!.reason, /mailto:/);
    assert.equal(skipped[1]!.title, 'Forwarded letter');
    assert.match(skipped[2]!.reason, /no web address/i);
  });

  test('a quote left open is an ImportFormatError naming the file and line', async () => {
    const broken = `${LIBRARY}"Unclosed,https://example.com/x,,,,,later,\n`;
    await assert.rejects(entriesOf(memoryBundle('reader.csv', { 'reader.csv': broken })), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /reader\.csv.*line \d+/);
      return true;
    });
  });

  test('a bundle with no Readwise CSV in it is refused with a sentence naming it', async () => {
    await assert.rejects(entriesOf(memoryBundle('other.zip', { 'a.csv': 'x,y\n1,2\n', 'b.txt': 'hi' })), /other\.zip has neither/);
  });
});

describe('Readwise Reader: the highlights CSV', () => {
  test('with the library, highlights join their row by title (case and spaces aside); the rest stay title-only', async () => {
    const entries = await entriesOf(memoryBundle('readwise.zip', { 'reader.csv': LIBRARY, 'highlights.csv': HIGHLIGHTS }));
    const items = itemsOf(entries);
    const someTitle = items.find((item) => item.title === 'Some Title')!;
    assert.equal(someTitle.url, 'https://www.linuxserver.io/');
    assert.equal(someTitle.author, 'Jane Doe');
    assert.deepEqual(someTitle.highlights, [
      { quote: 'The first\npassage', note: 'my note', tags: ['idea', 'later'], color: 'yellow', createdAt: '2024-01-05T10:00:00.123Z' },
      // Readwise's orange is not one of Lectern's colours; Location (2000) is not an offset and is left out.
      { quote: 'Second passage', note: '', tags: [], color: null, createdAt: '2024-01-06T10:00:00.000Z' },
    ]);
    // The Kindle book has no library row: it comes last, with no address, to be joined by the pipeline.
    const kindle = items.at(-1)!;
    assert.deepEqual([kindle.url, kindle.title, kindle.author, kindle.tags, kindle.favorite], [null, 'A Kindle Book', 'Author K', ['books'], true]);
    assert.equal(kindle.highlights.length, 1);
    assert.match(kindle.where, /^highlights\.csv line \d+$/);
    assert.equal(items.filter((item) => item.highlights.length > 0).length, 2);

    const highlightSkips = skippedOf(entries).filter((entry) => entry.where.startsWith('highlights.csv'));
    assert.deepEqual(
      highlightSkips.map((entry) => entry.reason),
      ['a highlight with no highlighted text', 'a highlight without a book title, so it cannot be matched to an article'],
    );
  });

  test('alone, every book becomes a title-only item carrying its highlights', async () => {
    const items = itemsOf(await entriesOf(memoryBundle('readwise.csv', { 'readwise.csv': HIGHLIGHTS })));
    assert.deepEqual(
      items.map((item) => [item.url, item.title, item.highlights.map((highlight) => highlight.quote)]),
      [
        [null, 'some   TITLE', ['The first\npassage', 'Second passage']],
        [null, 'A Kindle Book', ['A Kindle line']],
      ],
    );
    assert.match(items[0]!.where, /^readwise\.csv line [23]$/);
  });
});
