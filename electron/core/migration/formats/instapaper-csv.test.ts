import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { instapaperReader } from './instapaper-csv.ts';

const CURRENT = `URL,Title,Selection,Folder,Timestamp,Tags
https://css-irl.info/dont-forget-the-lang-attribute/,CSS { In Real Life } | Don’t Forget the “lang” Attribute,,Unread,1640080879,[]
https://example.com/rust,"Rust, at length",,Archive,1687302510,"[""rust"",""long read""]"
https://example.com/liked,Liked,"A passage the reader selected, with a comma",Starred,1687302511,[]
https://example.com/recipe,Recipe,,Recipes To Try,1687302512,"[""food""]"
,Just a note,Text saved without an address,Unread,1687302513,[]
mailto:me@example.com,Mail,,Unread,1687302514,[]
`;

const LEGACY = `URL,Title,Selection,Folder
https://www.liberation.fr/a,Un article,,Unread
https://example.org/b,B,,Archive
`;

async function entriesOf(text: string | Uint8Array, name = 'instapaper-export.csv'): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of instapaperReader.read(memoryBundle(name, { [name]: text }))) entries.push(entry);
  return entries;
}
const itemsOf = (entries: ImportEntry[]): ImportItem[] => entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));

describe('Instapaper CSV', () => {
  test('folders: Unread, Archive, Starred, and a custom folder as a tag of a read article', async () => {
    const items = itemsOf(await entriesOf(CURRENT));
    assert.deepEqual(
      items.map((item) => [item.url, item.archived, item.favorite, item.tags]),
      [
        ['https://css-irl.info/dont-forget-the-lang-attribute/', false, false, []],
        ['https://example.com/rust', true, false, ['rust', 'long read']],
        ['https://example.com/liked', false, true, []],
        ['https://example.com/recipe', true, false, ['Recipes To Try', 'food']],
      ],
    );
  });

  test('titles, seconds, the selection as the description, and where each row was', async () => {
    const [first, rust, liked] = itemsOf(await entriesOf(CURRENT));
    assert.equal(first?.title, 'CSS { In Real Life } | Don’t Forget the “lang” Attribute');
    assert.equal(first?.savedAt, '2021-12-21T10:01:19.000Z');
    assert.equal(first?.description, null);
    assert.equal(rust?.title, 'Rust, at length');
    assert.equal(rust?.where, 'instapaper-export.csv line 3');
    assert.equal(liked?.description, 'A passage the reader selected, with a comma');
    assert.deepEqual(liked?.highlights, []);
  });

  test('a row without an address and a mailto: row are skipped with their reasons', async () => {
    const skipped = (await entriesOf(CURRENT)).flatMap((entry) => (entry.kind === 'skipped' ? [entry.skipped] : []));
    assert.deepEqual(
      skipped.map((entry) => [entry.where, entry.url, entry.title]),
      [
        ['instapaper-export.csv line 6', null, 'Just a note'],
        ['instapaper-export.csv line 7', 'mailto:me@example.com', 'Mail'],
      ],
    );
    assert.match(skipped[0]!.reason, /no web address/);
    assert.match(skipped[1]!.reason, /mailto:/);
  });

  test('the four-column export has no dates and no tags', async () => {
    const items = itemsOf(await entriesOf(LEGACY));
    assert.deepEqual(
      items.map((item) => [item.url, item.archived, item.savedAt, item.tags]),
      [
        ['https://www.liberation.fr/a', false, null, []],
        ['https://example.org/b', true, null, []],
      ],
    );
  });

  test('detects both headers by content, whatever the file is called, and not other CSVs', async () => {
    assert.equal(await instapaperReader.detect(memoryBundle('export (1).csv', { 'export (1).csv': CURRENT })), true);
    assert.equal(await instapaperReader.detect(memoryBundle('x.txt', { 'x.txt': LEGACY })), true);
    assert.equal(await instapaperReader.detect(memoryBundle('instapaper.csv', { 'instapaper.csv': 'title,url,time_added,tags,status\n' })), false);
    assert.equal(await instapaperReader.detect(memoryBundle('p.zip', { 'instapaper.csv': CURRENT }, { isZip: true })), false);
  });

  test('a UTF-8 file with a BOM reads the same', async () => {
    const bundle = memoryBundle('i.csv', { 'i.csv': `\uFEFF${LEGACY}` });
    assert.equal(await instapaperReader.detect(bundle), true);
    assert.deepEqual(itemsOf(await entriesOf(`\uFEFF${LEGACY}`, 'i.csv')).map((item) => item.title), ['Un article', 'B']);
  });

  test('a Windows-1252 file keeps its accents', async () => {
    const encode = (text: string) => [...new TextEncoder().encode(text)];
    const bytes = Uint8Array.from([...encode('URL,Title,Selection,Folder\nhttps://example.fr/,Caf'), 0xe9, ...encode(' '), 0x93, ...encode('cr'), 0xe8, ...encode('me'), 0x94, ...encode(',,Unread\n')]);
    const [item] = itemsOf(await entriesOf(bytes));
    assert.equal(item?.title, 'Café “crème”');
  });

  test('a quote left open ends in an error naming the file and the line', async () => {
    const broken = `${LEGACY}https://example.org/c,"Never closed,,Unread\nhttps://example.org/d,D,,Unread\n`;
    await assert.rejects(entriesOf(broken), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /instapaper-export\.csv/);
      assert.match(error.message, /line \d+/);
      return true;
    });
  });
});
