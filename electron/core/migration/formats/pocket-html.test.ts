import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle } from '../sources/import-bundle.ts';
import { pocketHtmlReader } from './pocket-html.ts';

// The shape of wallabag's ril_export.html fixture: two sections, tags comma-separated, dates in seconds.
const RIL_EXPORT = `<!DOCTYPE html>
<html>
	<!--So long and thanks for all the fish-->
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<title>Pocket Export</title>
	</head>
	<body>
		<h1>Unread</h1>
		<ul>
			<li><a href="https://www.example.com/first" time_added="1688628695" tags="ifttt,new_entry_simple">First &amp; foremost</a></li>
			<li><a href="http://example.org/untitled" time_added="1688628000" tags="">http://example.org/untitled</a></li>
			<li><a href="mailto:me@example.com" time_added="1688628000" tags="">Write to me</a></li>
		</ul>

		<h1>Read Archive</h1>
		<ul>
			<li><a href="https://example.net/done#part-2" time_added="1500000000" tags="a, b,,A">Done</a></li>
		</ul>
	</body>
</html>
`;

async function entriesOf(text: string | Uint8Array): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of pocketHtmlReader.read(memoryBundle('ril_export.html', { 'ril_export.html': text }))) entries.push(entry);
  return entries;
}
const itemsOf = (entries: ImportEntry[]): ImportItem[] => entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));

describe("Pocket's legacy HTML export", () => {
  test('the Unread section is unread and the Read Archive section archived', async () => {
    const items = itemsOf(await entriesOf(RIL_EXPORT));
    assert.deepEqual(
      items.map((item) => [item.url, item.archived]),
      [
        ['https://www.example.com/first', false],
        ['http://example.org/untitled', false],
        ['https://example.net/done#part-2', true],
      ],
    );
  });

  test('tags are comma-separated, dates are seconds, a title that is the URL is no title', async () => {
    const [first, untitled, done] = itemsOf(await entriesOf(RIL_EXPORT));
    assert.equal(first?.title, 'First & foremost');
    assert.deepEqual(first?.tags, ['ifttt', 'new_entry_simple']);
    assert.equal(first?.savedAt, '2023-07-06T07:31:35.000Z');
    assert.equal(untitled?.title, null);
    assert.deepEqual(untitled?.tags, []);
    assert.deepEqual(done?.tags, ['a', 'b']);
    assert.equal(done?.savedAt, '2017-07-14T02:40:00.000Z');
  });

  test('links are named by their place in the file, and a mailto: link is skipped', async () => {
    const entries = await entriesOf(RIL_EXPORT);
    assert.deepEqual(
      entries.map((entry) => (entry.kind === 'item' ? entry.item.where : entry.skipped.where)),
      ['ril_export.html link 1', 'ril_export.html link 2', 'ril_export.html link 3', 'ril_export.html link 4'],
    );
    const skipped = entries[2];
    assert.equal(skipped?.kind, 'skipped');
    if (skipped?.kind === 'skipped') {
      assert.equal(skipped.skipped.title, 'Write to me');
      assert.match(skipped.skipped.reason, /mailto:/);
    }
  });

  test('detects the Pocket title, even under the bookmark doctype, and nothing else', async () => {
    assert.equal(await pocketHtmlReader.detect(memoryBundle('ril_export.html', { 'ril_export.html': RIL_EXPORT })), true);
    const withDoctype = RIL_EXPORT.replace('<!DOCTYPE html>', '<!DOCTYPE NETSCAPE-Bookmark-file-1>');
    assert.equal(await pocketHtmlReader.detect(memoryBundle('export.html', { 'export.html': withDoctype })), true);
    assert.equal(await pocketHtmlReader.detect(memoryBundle('b.html', { 'b.html': '<!DOCTYPE NETSCAPE-Bookmark-file-1><TITLE>Bookmarks</TITLE>' })), false);
    const article = '<html><head><title>Leaving Pocket</title></head><body><p>Its file says <title>Pocket Export</title></p></body></html>';
    assert.equal(await pocketHtmlReader.detect(memoryBundle('a.html', { 'a.html': article })), false);
  });

  test('a file with a BOM reads the same', async () => {
    const items = itemsOf(await entriesOf(`\uFEFF${RIL_EXPORT}`));
    assert.equal(items.length, 3);
    assert.equal(await pocketHtmlReader.detect(memoryBundle('ril_export.html', { 'ril_export.html': `\uFEFF${RIL_EXPORT}` })), true);
  });
});
