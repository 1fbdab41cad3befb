import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { matterReader } from './matter-zip.ts';

// The fixture kit's Matter archive (migration-formats.md 1.9 and 1.12): both history headers, a File Id
// whose file is missing, and a highlights CSV whose titles match history rows (and one that does not).
const HISTORY_2022 = [
  'Title,Author,Publisher,URL,Word Count,Saved,Read,Highlight Count,Last Interaction Date,File Id',
  '"The Only Crypto Story You Need, by Matt Levine",Matt Levine,Bloomberg,https://www.bloomberg.com/features/2022-the-crypto-story/,39138,TRUE,TRUE,2,2022-12-18 14:49:11,content_15530945.html',
  'Still queued,Ann,Blog,https://blog.example.com/queued,900,TRUE,FALSE,0,2022-12-19 08:00:00,content_2.html',
  'Seen in the feed,,Feed,https://feed.example.com/a,100,FALSE,FALSE,0,2022-12-20 09:00:00,',
].join('\n');

const HISTORY_NEWER = [
  'Title,Author,Publisher,URL,Tags,Word Count,In Queue,Favorited,Read,Highlight_Count,Last Interaction Date,File Id',
  'In the queue,Bea,Mag,https://mag.example.com/q,longform;essays; Essays ,2000,True,True,False,1,2024-03-01 10:00:00,content_10.html',
  'Done with,Cy,Mag,https://mag.example.com/d,,1500,False,False,True,0,2024-03-02 11:00:00,content_11.html',
  'A mail,,,mailto:x@example.com,,0,True,False,False,0,,',
].join('\n');

const HIGHLIGHTS = [
  'Title,Author,Publisher,Text,Highlighted Date,Note',
  '"The Only Crypto Story You Need, by Matt Levine",Matt Levine,Bloomberg,"A blockchain is a ledger.",2022-12-18 14:30:00,start here',
  '"The Only Crypto Story You Need, by Matt Levine",Matt Levine,Bloomberg,Second quote,2022-12-18 14:40:00,',
  'An article no longer in the history,Dee,Site,Orphan quote,2022-11-01 10:00:00,',
  'Still queued,Ann,Blog,,2022-12-19 08:00:00,',
].join('\n');

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of matterReader.read(bundle)) entries.push(entry);
  return entries;
}

async function itemsOf(bundle: ImportBundle): Promise<ImportItem[]> {
  return (await entriesOf(bundle)).flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
}

const archive2022 = () =>
  memoryBundle(
    'Archive.zip',
    {
      'Archive/_matter_history.csv': HISTORY_2022,
      'Archive/_matter_highlights.csv': HIGHLIGHTS,
      'Archive/content_15530945.html': '<html><head><meta charset="windows-1252"></head><body><p>A blockchain is a ledger.</p></body></html>',
      // content_2.html is named by a row but missing from the archive.
    },
    { isZip: true },
  );

const archiveNewer = () =>
  memoryBundle('Archive.zip', { '_matter_history.csv': HISTORY_NEWER, 'content_10.html': '<p>Queued body</p>', 'content_11.html': '' }, { isZip: true });

describe('Matter: detecting', () => {
  test('a zip with _matter_history.csv, in the root or a folder, and the CSV alone, are Matter', async () => {
    assert.equal(await matterReader.detect(archive2022()), true);
    assert.equal(await matterReader.detect(archiveNewer()), true);
    assert.equal(await matterReader.detect(memoryBundle('_matter_history.csv', { '_matter_history.csv': HISTORY_NEWER })), true);
  });

  test('other zips, and macOS resource copies, are not', async () => {
    assert.equal(await matterReader.detect(memoryBundle('x.zip', { 'history.csv': HISTORY_NEWER, 'content_10.html': '<p>' }, { isZip: true })), false);
    assert.equal(await matterReader.detect(memoryBundle('x.zip', { '__MACOSX/Archive/_matter_history.csv': 'x', 'a.txt': '' }, { isZip: true })), false);
  });
});

describe('Matter: reading', () => {
  test('the 2022 header: Saved and Read decide archived, content by File Id', async () => {
    const [crypto, queued, feed, orphan] = await itemsOf(archive2022());
    assert.equal(crypto!.where, 'Archive/_matter_history.csv line 2');
    assert.equal(crypto!.title, 'The Only Crypto Story You Need, by Matt Levine');
    assert.equal(crypto!.url, 'https://www.bloomberg.com/features/2022-the-crypto-story/');
    assert.equal(crypto!.author, 'Matt Levine');
    assert.equal(crypto!.siteName, 'Bloomberg');
    assert.equal(crypto!.archived, true);
    assert.equal(crypto!.savedAt, new Date(2022, 11, 18, 14, 49, 11).toISOString());
    assert.match(crypto!.content?.text ?? '', /<p>A blockchain is a ledger\.<\/p>/);
    assert.equal(queued!.archived, false);
    assert.equal(queued!.content, null, 'its File Id names a file the archive does not hold');
    assert.equal(feed!.archived, true);
    assert.equal(feed!.author, null);
    assert.equal(feed!.content, null);
    assert.equal(orphan!.url, null);
  });

  test('highlights join history rows by title; those of an unknown title come as a title-only item', async () => {
    const items = await itemsOf(archive2022());
    assert.deepEqual(items[0]!.highlights, [
      { quote: 'A blockchain is a ledger.', note: 'start here', tags: [], color: null, createdAt: new Date(2022, 11, 18, 14, 30).toISOString() },
      { quote: 'Second quote', note: '', tags: [], color: null, createdAt: new Date(2022, 11, 18, 14, 40).toISOString() },
    ]);
    assert.deepEqual(items[1]!.highlights, []);
    assert.equal(items.length, 4);
    assert.equal(items[3]!.title, 'An article no longer in the history');
    assert.equal(items[3]!.author, 'Dee');
    assert.equal(items[3]!.where, 'Archive/_matter_highlights.csv line 4');
    assert.deepEqual(items[3]!.highlights.map((h) => h.quote), ['Orphan quote']);
    const skipped = (await entriesOf(archive2022())).filter((entry) => entry.kind === 'skipped');
    assert.deepEqual(skipped.map((entry) => entry.kind === 'skipped' && entry.skipped.where), ['Archive/_matter_highlights.csv line 5']);
  });

  test('the newer header: In Queue, Favorited and ;-separated tags', async () => {
    const entries = await entriesOf(archiveNewer());
    const [queued, done] = entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
    assert.equal(queued!.archived, false);
    assert.equal(queued!.favorite, true);
    assert.deepEqual(queued!.tags, ['longform', 'essays']);
    assert.deepEqual(queued!.content, { kind: 'html', text: '<p>Queued body</p>' });
    assert.equal(done!.archived, true);
    assert.equal(done!.favorite, false);
    assert.deepEqual(done!.tags, []);
    assert.equal(done!.content, null, 'an empty content file is no content');
    const mail = entries[2]!;
    assert.equal(mail.kind === 'skipped' && mail.skipped.where, '_matter_history.csv line 4');
    assert.equal(mail.kind === 'skipped' && mail.skipped.url, 'mailto:x@example.com');
  });
});
