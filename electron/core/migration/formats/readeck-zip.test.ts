import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { readeckReader } from './readeck-zip.ts';

// The fixture kit's Readeck export (migration-formats.md 1.6 and 1.12): data.json, and per bookmark an
// info.json with Annotations, ReadProgress and IsMarked, and a container with index.html and _resources.
const DATA = { Info: { Date: '2025-01-10T10:00:00Z', Version: '1', ReadeckVersion: '0.17.1' }, Users: [], Tokens: [], BookmarkCollections: [], Bookmarks: [{ uid: 'AbC1', user_id: 1 }, { uid: 'XyZ2', user_id: 1 }] };

const ANNOTATED = {
  ID: 1,
  UID: 'AbC1',
  Created: '2025-01-02T10:20:30.123456Z',
  Updated: '2025-01-03T10:20:30Z',
  State: 0,
  URL: 'https://blog.example.com/post',
  InitialURL: 'https://t.example/abc',
  Title: 'A post',
  Domain: 'blog.example.com',
  Site: 'blog.example.com',
  SiteName: 'The Blog',
  Published: '0001-01-01T00:00:00Z',
  Authors: ['Ada', 'Grace'],
  DocumentType: 'article',
  Description: 'What it is about',
  Files: { article: { name: 'index.html', type: 'text/html' }, image: { name: 'image.jpeg', type: 'image/jpeg', size: [800, 600] } },
  Labels: ['go', 'Go', 'reading'],
  ReadProgress: 42,
  ReadAnchor: 'section/p[3]',
  IsArchived: false,
  IsMarked: true,
  Annotations: [
    { id: 'a1', start_selector: 'section/p[1]', start_offset: 0, end_selector: 'section/p[1]', end_offset: 9, color: 'yellow', created: '2025-01-04T08:00:00Z', text: 'Some text', note: 'why' },
    { id: 'a2', start_selector: 'section/p[2]', start_offset: 3, end_selector: 'section/p[2]', end_offset: 8, color: 'red', created: '2025-01-04T08:01:00Z', text: 'other', note: '' },
    { id: 'a3', start_selector: 'section/p[2]', start_offset: 9, end_selector: 'section/p[2]', end_offset: 12, color: 'teal', created: '2025-01-04T08:02:00Z', text: 'odd', note: '' },
  ],
};
const PLAIN = { UID: 'XyZ2', Created: '2024-06-01T00:00:00Z', URL: 'https://example.org/x', Title: 'Archived one', Site: 'example.org', IsArchived: true, IsMarked: false, ReadProgress: 100, Labels: null, Annotations: null, Files: {} };
const ARTICLE = '<!DOCTYPE html><html><body><section><p>Some text</p><img src="./_resources/x.png" alt=""></section></body></html>';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function exportZip(prefix = '', extra: Record<string, string | Uint8Array> = {}): ImportBundle {
  return memoryBundle(
    'readeck-export.zip',
    {
      [`${prefix}bookmarks/AbC1/info.json`]: JSON.stringify(ANNOTATED),
      [`${prefix}bookmarks/AbC1/container/index.html`]: ARTICLE,
      [`${prefix}bookmarks/AbC1/container/_resources/x.png`]: PNG,
      [`${prefix}bookmarks/AbC1/container/_resources/unused.png`]: PNG,
      [`${prefix}bookmarks/AbC1/container/image.jpeg`]: PNG,
      [`${prefix}bookmarks/XyZ2/info.json`]: JSON.stringify(PLAIN),
      [`${prefix}data.json`]: JSON.stringify(DATA, null, 2),
      ...extra,
    },
    { isZip: true },
  );
}

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of readeckReader.read(bundle)) entries.push(entry);
  return entries;
}

async function itemsOf(bundle: ImportBundle): Promise<ImportItem[]> {
  return (await entriesOf(bundle)).flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
}

describe('Readeck: detecting', () => {
  test('data.json with bookmarks/<uid>/info.json is Readeck, in the root or in a folder', async () => {
    assert.equal(await readeckReader.detect(exportZip()), true);
    assert.equal(await readeckReader.detect(exportZip('readeck-export/')), true);
  });

  test('info.json files without data.json, or data.json alone, are not', async () => {
    assert.equal(await readeckReader.detect(memoryBundle('x.zip', { 'bookmarks/AbC1/info.json': '{}' }, { isZip: true })), false);
    assert.equal(await readeckReader.detect(memoryBundle('x.zip', { 'data.json': '{}', 'notes/a.json': '{}' }, { isZip: true })), false);
    assert.equal(await readeckReader.detect(memoryBundle('data.json', { 'data.json': '{}' })), false);
  });
});

describe('Readeck: reading', () => {
  test('the bookmark record becomes an item', async () => {
    const [annotated, plain] = await itemsOf(exportZip());
    assert.equal(annotated!.where, 'bookmarks/AbC1/info.json');
    assert.equal(annotated!.url, 'https://blog.example.com/post');
    assert.equal(annotated!.title, 'A post');
    assert.equal(annotated!.author, 'Ada, Grace');
    assert.equal(annotated!.description, 'What it is about');
    assert.equal(annotated!.siteName, 'The Blog');
    assert.deepEqual(annotated!.tags, ['go', 'reading']);
    assert.equal(annotated!.favorite, true);
    assert.equal(annotated!.archived, false);
    assert.equal(annotated!.progress, 0.42);
    assert.equal(annotated!.savedAt, '2025-01-02T10:20:30.123Z');
    assert.equal(annotated!.publishedAt, null);
    assert.equal(plain!.archived, true);
    assert.equal(plain!.favorite, false);
    assert.equal(plain!.progress, 1);
    assert.equal(plain!.siteName, 'example.org');
    assert.deepEqual(plain!.tags, []);
    assert.deepEqual(plain!.highlights, []);
  });

  test('the container article comes with the resources it refers to', async () => {
    const [annotated, plain] = await itemsOf(exportZip('export/'));
    assert.equal(annotated!.content?.kind, 'html');
    assert.equal(annotated!.content?.text, ARTICLE);
    const resources = annotated!.content?.resources;
    assert.deepEqual([...(resources?.keys() ?? [])], ['./_resources/x.png']);
    assert.deepEqual(await resources!.get('./_resources/x.png')!(), PNG);
    // No Files.article and no index.html: no content, to be downloaded later.
    assert.equal(plain!.content, null);
  });

  test('annotations become highlights with their notes, dates and nearest colours', async () => {
    const [annotated] = await itemsOf(exportZip());
    assert.deepEqual(annotated!.highlights, [
      { quote: 'Some text', note: 'why', tags: [], color: 'yellow', createdAt: '2025-01-04T08:00:00.000Z' },
      { quote: 'other', note: '', tags: [], color: 'pink', createdAt: '2025-01-04T08:01:00.000Z' },
      { quote: 'odd', note: '', tags: [], color: null, createdAt: '2025-01-04T08:02:00.000Z' },
    ]);
  });

  test('a bookmark without a web address is skipped', async () => {
    const bundle = exportZip('', { 'bookmarks/Ftp3/info.json': JSON.stringify({ ...PLAIN, UID: 'Ftp3', URL: 'ftp://files.example.com/a', InitialURL: '' }) });
    const skipped = (await entriesOf(bundle)).find((entry) => entry.kind === 'skipped');
    assert.equal(skipped?.kind === 'skipped' && skipped.skipped.where, 'bookmarks/Ftp3/info.json');
    assert.equal(skipped?.kind === 'skipped' && skipped.skipped.url, 'ftp://files.example.com/a');
  });

  test('an info.json that is not a record is an error naming it', async () => {
    await assert.rejects(entriesOf(exportZip('', { 'bookmarks/Bad4/info.json': '["not", "a", "bookmark"]' })), (error: unknown) => error instanceof ImportFormatError && /readeck-export\.zip: bookmarks\/Bad4\/info\.json is not a Readeck bookmark record/.test(error.message));
    await assert.rejects(entriesOf(exportZip('', { 'bookmarks/Bad5/info.json': '{"URL": ' })), (error: unknown) => error instanceof ImportFormatError && /bookmarks\/Bad5\/info\.json is not valid JSON/.test(error.message));
  });
});
