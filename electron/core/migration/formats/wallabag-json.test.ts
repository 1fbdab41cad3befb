import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { wallabagReader } from './wallabag-json.ts';

// The fixture kit's Wallabag rows (migration-formats.md 1.4 and 1.12): flags as booleans and as 0/1, an
// HTML title, annotations with XPath ranges, a +0200 date, and a page Wallabag could not fetch.
const ENTRIES = [
  {
    id: '23',
    title: 'Site d\'information français <em>indépendant</em> | Mediapart &amp; co',
    url: 'https://www.mediapart.fr/',
    is_archived: false,
    created_at: '2016-09-08T11:55:58+0200',
    updated_at: '2016-09-08T11:57:16+0200',
    published_at: '2016-09-01T08:00:00+0200',
    published_by: ['Edwy Plenel', 'La rédaction'],
    is_starred: true,
    content: '<div alt="li">Édition du jour</div>',
    mimetype: 'text/html',
    reading_time: 3,
    domain_name: 'www.mediapart.fr',
    preview_picture: 'https://www.mediapart.fr/images/social/800/mediapart.png',
    tags: ['mediapart', 'blog', 'Blog'],
    annotations: [
      { text: 'my note', quote: 'Édition du jour', ranges: [{ start: '/div[1]', startOffset: 0, end: '/div[1]', endOffset: 15 }], created_at: '2016-09-09T10:00:00+0200' },
      { text: '', quote: '  ', ranges: [] },
    ],
  },
  { id: 24, title: 'From the API', url: 'https://example.com/api', is_archived: 1, is_starred: 0, created_at: '2020-01-02T03:04:05+0000', content: '<p>Body</p>', tags: [{ label: 'api' }] },
  { id: 25, title: 'Not fetched', url: 'https://example.com/failed', is_archived: 0, is_starred: 1, is_not_parsed: true, content: 'wallabag can\'t retrieve contents for this article.', tags: [] },
  { id: 26, title: 'A mail link', url: 'mailto:someone@example.com', is_archived: 0, content: '' },
];

function wallabagFile(value: unknown, name = 'wallabag.json'): ImportBundle {
  return memoryBundle(name, { [name]: JSON.stringify(value) });
}

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of wallabagReader.read(bundle)) entries.push(entry);
  return entries;
}

async function itemsOf(bundle: ImportBundle): Promise<ImportItem[]> {
  return (await entriesOf(bundle)).flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
}

describe('Wallabag: detecting', () => {
  test('an array of entries with is_archived and content is Wallabag, from its first bytes', async () => {
    assert.equal(await wallabagReader.detect(wallabagFile(ENTRIES)), true);
    const big = wallabagFile(Array.from({ length: 500 }, () => ENTRIES[0]));
    assert.ok(big.files[0]!.size > big.head.length, 'the fixture must be larger than the head');
    assert.equal(await wallabagReader.detect(big), true);
  });

  test('Omnivore, Karakeep and a zip are not Wallabag', async () => {
    assert.equal(await wallabagReader.detect(wallabagFile([{ slug: 'a', url: 'https://a.example', readingProgress: 3 }])), false);
    assert.equal(await wallabagReader.detect(wallabagFile({ bookmarks: [{ content: { type: 'link' }, archived: true }] })), false);
    assert.equal(await wallabagReader.detect(memoryBundle('w.zip', { 'wallabag.json': JSON.stringify(ENTRIES) }, { isZip: true })), false);
  });
});

describe('Wallabag: reading', () => {
  test('fields, with flags as booleans and as 0/1', async () => {
    const [mediapart, api, failed] = await itemsOf(wallabagFile(ENTRIES));
    assert.equal(mediapart!.where, 'wallabag.json item 1');
    assert.equal(mediapart!.url, 'https://www.mediapart.fr/');
    assert.equal(mediapart!.title, 'Site d\'information français indépendant | Mediapart & co');
    assert.equal(mediapart!.author, 'Edwy Plenel, La rédaction');
    assert.equal(mediapart!.siteName, 'www.mediapart.fr');
    assert.deepEqual(mediapart!.tags, ['mediapart', 'blog']);
    assert.equal(mediapart!.archived, false);
    assert.equal(mediapart!.favorite, true);
    assert.equal(mediapart!.savedAt, '2016-09-08T09:55:58.000Z');
    assert.equal(mediapart!.publishedAt, '2016-09-01T06:00:00.000Z');
    assert.equal(mediapart!.progress, null);
    assert.deepEqual(mediapart!.content, { kind: 'html', text: '<div alt="li">Édition du jour</div>' });
    assert.equal(api!.archived, true);
    assert.equal(api!.favorite, false);
    assert.deepEqual(api!.tags, ['api']);
    assert.equal(failed!.archived, false);
    assert.equal(failed!.favorite, true);
  });

  test('annotations become highlights with their notes; XPath ranges are not carried', async () => {
    const [mediapart] = await itemsOf(wallabagFile(ENTRIES));
    assert.deepEqual(mediapart!.highlights, [{ quote: 'Édition du jour', note: 'my note', tags: [], color: null, createdAt: '2016-09-09T08:00:00.000Z' }]);
  });

  test('the placeholder of a page Wallabag could not fetch is not kept as content', async () => {
    const failed = (await itemsOf(wallabagFile(ENTRIES)))[2]!;
    assert.equal(failed.title, 'Not fetched');
    assert.equal(failed.content, null);
  });

  test('an entry without a web address is skipped with its place', async () => {
    const last = (await entriesOf(wallabagFile(ENTRIES)))[3]!;
    assert.equal(last.kind, 'skipped');
    assert.equal(last.kind === 'skipped' && last.skipped.where, 'wallabag.json item 4');
    assert.equal(last.kind === 'skipped' && last.skipped.url, 'mailto:someone@example.com');
  });

  test('a file of the wrong shape is an error naming the file or the entry', async () => {
    await assert.rejects(entriesOf(wallabagFile({ entries: ENTRIES })), (error: unknown) => error instanceof ImportFormatError && /wallabag\.json is not a list of Wallabag entries/.test(error.message));
    await assert.rejects(entriesOf(wallabagFile([ENTRIES[1], 'x'])), (error: unknown) => error instanceof ImportFormatError && /wallabag\.json item 2 is not a Wallabag entry/.test(error.message));
    const cut = memoryBundle('wallabag.json', { 'wallabag.json': JSON.stringify(ENTRIES).slice(0, 200) });
    await assert.rejects(entriesOf(cut), (error: unknown) => error instanceof ImportFormatError && /wallabag\.json is not valid JSON/.test(error.message));
  });
});
