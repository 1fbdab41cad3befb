import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem, SkippedEntry } from '../import-item.ts';
import { memoryBundle } from '../sources/import-bundle.ts';
import { netscapeReader } from './netscape-bookmarks.ts';

async function entriesOf(files: Record<string, string | Uint8Array>): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of netscapeReader.read(memoryBundle(Object.keys(files)[0]!, files))) entries.push(entry);
  return entries;
}
const itemsOf = (entries: ImportEntry[]): ImportItem[] => entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
const skippedOf = (entries: ImportEntry[]): SkippedEntry[] => entries.flatMap((entry) => (entry.kind === 'skipped' ? [entry.skipped] : []));

// Firefox's layout: unclosed <DT> and <p>, upper-case names, a toolbar folder, a folder inside a folder.
const FIREFOX = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>
<DL><p>
    <DT><A HREF="https://example.com/top" ADD_DATE="1700000000" LAST_MODIFIED="1700000001">Top &amp; first</A>
    <DT><H3 ADD_DATE="1234567890" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks Toolbar</H3>
    <DL><p>
        <DT><A HREF="https://example.com/bar" ADD_DATE="1700000100">On the bar</A>
        <DT><H3 ADD_DATE="1234567890">Tech</H3>
        <DD>Folder description, not a bookmark's
        <DL><p>
            <DT><A HREF="https://github.com" ADD_DATE="1234567891" TAGS="dev,git" TOREAD="1">GitHub</A>
            <DD>Where the code lives,
 and a second line
            <DT><H3></H3>
            <DL><p>
                <DT><A HREF="https://example.com/deep" ADD_DATE="1700000000000">Deep</A>
            </DL><p>
            <DT><A HREF="javascript:alert(1)">A bookmarklet</A>
        </DL><p>
        <HR>
        <DT><A HREF="https://example.com/undated">Undated</A>
    </DL><p>
    <DT><H3>Reading</H3>
    <DL><p>
        <DT><A HREF="https://github.com" ADD_DATE="1600000000" TOREAD="0" TAGS="code">GitHub again</A>
        <DT><A HREF="mailto:someone@example.com">Mail</A>
        <DT><A HREF="place:sort=8&amp;maxResults=10">Recent Tags</A>
        <DT><A HREF="file:///home/me/notes.txt">Notes</A>
    </DL><p>
</DL>
`;

describe('Netscape bookmark files', () => {
  test('each link comes out with its folder path as tags, in file order', async () => {
    const items = itemsOf(await entriesOf({ 'bookmarks.html': FIREFOX }));
    assert.deepEqual(
      items.map((item) => [item.url, item.tags]),
      [
        ['https://example.com/top', []],
        ['https://example.com/bar', []],
        ['https://github.com', ['Tech', 'dev', 'git']],
        ['https://example.com/deep', ['Tech']],
        ['https://example.com/undated', []],
        ['https://github.com', ['Reading', 'code']],
      ],
    );
    assert.equal(items[0]!.title, 'Top & first');
    assert.equal(items[0]!.where, 'bookmarks.html line 9');
    assert.equal(items[2]!.where, 'bookmarks.html line 16');
  });

  test('dates in seconds or milliseconds, and none when ADD_DATE is missing', async () => {
    const items = itemsOf(await entriesOf({ 'bookmarks.html': FIREFOX }));
    assert.equal(items[0]!.savedAt, '2023-11-14T22:13:20.000Z');
    assert.equal(items[3]!.savedAt, '2023-11-14T22:13:20.000Z');
    assert.equal(items[4]!.savedAt, null);
  });

  test('<DD> is the description of the link before it; a folder description goes nowhere', async () => {
    const items = itemsOf(await entriesOf({ 'bookmarks.html': FIREFOX }));
    assert.equal(items[2]!.description, 'Where the code lives,\n and a second line');
    assert.ok(items.every((item) => !item.description?.includes('Folder description')));
    assert.equal(items[1]!.description, null);
  });

  test('TOREAD="1" is unread, TOREAD="0" is read, no TOREAD is unread', async () => {
    const items = itemsOf(await entriesOf({ 'bookmarks.html': FIREFOX }));
    assert.equal(items[2]!.archived, false);
    assert.equal(items[5]!.archived, true);
    assert.equal(items[0]!.archived, false);
  });

  test('javascript:, mailto:, place: and file: links are skipped with the scheme named', async () => {
    const skipped = skippedOf(await entriesOf({ 'bookmarks.html': FIREFOX }));
    assert.deepEqual(
      skipped.map((entry) => [entry.where, entry.title]),
      [
        ['bookmarks.html line 23', 'A bookmarklet'],
        ['bookmarks.html line 31', 'Mail'],
        ['bookmarks.html line 32', 'Recent Tags'],
        ['bookmarks.html line 33', 'Notes'],
      ],
    );
    assert.match(skipped[0]!.reason, /javascript:/);
    assert.match(skipped[1]!.reason, /mailto:/);
    assert.match(skipped[2]!.reason, /place:/);
    assert.match(skipped[3]!.reason, /file:/);
    assert.equal(skipped[2]!.url, 'place:sort=8&maxResults=10');
  });

  test("Chrome's layout, lower-case names and a link without an address", async () => {
    const chrome = `<!DOCTYPE netscape-bookmark-file-1>
<title>Bookmarks</title><h1>Bookmarks</h1>
<dl><p><dt><h3 personal_toolbar_folder="true">Bookmarks bar</h3><dl><p>
<dt><h3>News</h3><dl><p><dt><a href="http://news.example/a" add_date="garbage">A</a><dt><a>No address</a></dl><p>
</dl><p></dl>`;
    const entries = await entriesOf({ 'bookmarks_12_1_25.html': chrome });
    const [item] = itemsOf(entries);
    assert.equal(item?.url, 'http://news.example/a');
    assert.deepEqual(item?.tags, ['News']);
    assert.equal(item?.savedAt, null);
    assert.match(skippedOf(entries)[0]!.reason, /no web address/);
  });

  test('a big file is read in one pass with every link counted', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `<DT><A HREF="https://example.com/${index}" ADD_DATE="1700000000" ICON="data:image/png;base64,${'A'.repeat(200)}">Link ${index}</A>\n`);
    const file = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>Big</H3>\n<DL><p>\n${rows.join('')}</DL><p>\n</DL>\n`;
    const items = itemsOf(await entriesOf({ 'bookmarks.html': file }));
    assert.equal(items.length, 20_000);
    assert.equal(items[19_999]!.where, 'bookmarks.html line 20004');
    assert.deepEqual(items[19_999]!.tags, ['Big']);
  });

  test('detects the doctype in any case, and not a page that only mentions it', async () => {
    assert.equal(await netscapeReader.detect(memoryBundle('b.html', { 'b.html': FIREFOX })), true);
    assert.equal(await netscapeReader.detect(memoryBundle('b.htm', { 'b.htm': '\uFEFF<!doctype netscape-bookmark-file-1>\n<DL>' })), true);
    assert.equal(await netscapeReader.detect(memoryBundle('a.html', { 'a.html': '<html><body><pre>&lt;!DOCTYPE NETSCAPE-Bookmark-file-1></pre>' })), false);
    assert.equal(await netscapeReader.detect(memoryBundle('bookmarks.html', { 'bookmarks.html': '<html><body>Not bookmarks</body></html>' })), false);
  });

  test("Pocket's old export is never taken for a bookmark file, even with the bookmark doctype", async () => {
    const pocket = '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul></ul></body></html>';
    assert.equal(await netscapeReader.detect(memoryBundle('ril_export.html', { 'ril_export.html': pocket })), false);
  });

  test('a Windows-1252 file keeps its accents', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p><DT><H3>Caf'), 0xe9, ...new TextEncoder().encode('</H3><DL><p><DT><A HREF="https://example.com/">R'), 0xe9, ...new TextEncoder().encode('sum'), 0xe9, ...new TextEncoder().encode('</A></DL></DL>')]);
    const [item] = itemsOf(await entriesOf({ 'bookmarks.html': bytes }));
    assert.equal(item?.title, 'Résumé');
    assert.deepEqual(item?.tags, ['Café']);
  });
});
