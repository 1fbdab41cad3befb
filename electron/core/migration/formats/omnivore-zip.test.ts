import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { bundleOf, memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { omnivoreReader } from './omnivore-zip.ts';

// The fixture kit's Omnivore rows (migration-formats.md 1.3 and 1.12).
const record = (slug: string, extra: Record<string, unknown>) => ({
  id: `id-${slug}`,
  slug,
  title: `Title ${slug}`,
  description: `About ${slug}`,
  author: 'Juliette Garnier',
  url: `https://example.com/${slug}`,
  state: 'Active',
  readingProgress: 0,
  thumbnail: 'https://img.example.com/t.jpg',
  labels: ['RSS'],
  savedAt: '2024-10-29T16:30:11.000Z',
  updatedAt: '2024-10-31T13:01:28.320Z',
  publishedAt: '2024-10-29T16:30:11.000Z',
  ...extra,
});

const FIRST = [
  record('archived', { state: 'Archived', readingProgress: 100, publishedAt: null }),
  record('halfway', { readingProgress: 57, labels: ['Dev', 'read later'] }),
];
const SECOND = [record('unknown-state', { state: 'Unknown' }), record('a-pdf', {}), record('no-content', {})];

const HIGHLIGHTS = ['> One.\n> \nTwo. \n\n#key #to share\n\nWhy it matters', '> Another ', 'The article note\n\n'].join('\n\n');

function exportZip(extra: Record<string, string> = {}): ImportBundle {
  return memoryBundle(
    'omnivore.zip',
    {
      // Named so that text order (2_to_… after 10_to_…) differs from export order.
      'metadata_2_to_5.json': JSON.stringify(SECOND, null, 2),
      'metadata_0_to_2.json': JSON.stringify(FIRST, null, 2),
      'content/archived.html': '<div id="readability-content"><p data-omnivore-anchor-idx="1">Archived body</p></div>',
      'content/halfway.html': '<p>Halfway body</p>',
      'content/unknown-state.html': '<p>Unknown body</p>',
      'content/a-pdf.pdf': '%PDF-1.7',
      'highlights/halfway.md': HIGHLIGHTS,
      ...extra,
    },
    { isZip: true },
  );
}

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of omnivoreReader.read(bundle)) entries.push(entry);
  return entries;
}

async function itemsOf(bundle: ImportBundle): Promise<ImportItem[]> {
  return (await entriesOf(bundle)).flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
}

describe('Omnivore: detecting', () => {
  test('a zip with metadata_*_to_*.json entries is Omnivore, in the root or in a folder', async () => {
    assert.equal(await omnivoreReader.detect(exportZip()), true);
    assert.equal(await omnivoreReader.detect(memoryBundle('x.zip', { 'export/metadata_0_to_20.json': '[]' }, { isZip: true })), true);
  });

  test('one metadata file alone, and the files merged into one list, are Omnivore too', async () => {
    assert.equal(await omnivoreReader.detect(memoryBundle('metadata_0_to_20.json', { 'metadata_0_to_20.json': JSON.stringify(FIRST) })), true);
    assert.equal(await omnivoreReader.detect(memoryBundle('omnivore.json', { 'omnivore.json': JSON.stringify([...FIRST, ...SECOND]) })), true);
  });

  test('other zips and other JSON are not', async () => {
    assert.equal(await omnivoreReader.detect(memoryBundle('x.zip', { 'data.json': '{}', 'content/a.html': '<p>' }, { isZip: true })), false);
    assert.equal(await omnivoreReader.detect(memoryBundle('w.json', { 'w.json': JSON.stringify([{ is_archived: 1, content: '<p>x</p>', url: 'https://a.example' }]) })), false);
  });
});

describe('Omnivore: reading', () => {
  test('items come in export order with their fields', async () => {
    const items = await itemsOf(exportZip());
    assert.deepEqual(items.map((item) => item.where), [
      'metadata_0_to_2.json item 1',
      'metadata_0_to_2.json item 2',
      'metadata_2_to_5.json item 1',
      'metadata_2_to_5.json item 2',
      'metadata_2_to_5.json item 3',
    ]);
    const [archived, halfway, unknown] = items;
    assert.equal(archived!.url, 'https://example.com/archived');
    assert.equal(archived!.title, 'Title archived');
    assert.equal(archived!.author, 'Juliette Garnier');
    assert.equal(archived!.description, 'About archived');
    assert.equal(archived!.archived, true);
    assert.equal(archived!.progress, 1);
    assert.equal(archived!.savedAt, '2024-10-29T16:30:11.000Z');
    assert.equal(archived!.publishedAt, null);
    assert.deepEqual(archived!.tags, ['RSS']);
    assert.equal(halfway!.archived, false);
    assert.equal(halfway!.progress, 0.57);
    assert.deepEqual(halfway!.tags, ['Dev', 'read later']);
    assert.equal(unknown!.archived, false);
    assert.equal(unknown!.progress, 0);
    assert.equal(unknown!.favorite, false);
  });

  test('content is found by slug; a missing file or a PDF leaves the item without content', async () => {
    const items = await itemsOf(exportZip());
    assert.deepEqual(items[0]!.content, { kind: 'html', text: '<div id="readability-content"><p data-omnivore-anchor-idx="1">Archived body</p></div>' });
    assert.equal(items[1]!.content?.text, '<p>Halfway body</p>');
    assert.equal(items[3]!.title, 'Title a-pdf');
    assert.equal(items[3]!.content, null);
    assert.equal(items[4]!.content, null);
  });

  test('a content entry written twice: the longer copy is kept', async () => {
    const base = exportZip();
    const again = memoryBundle('x', { 'content/halfway.html': '<p>Halfway body, the full copy</p>' }, { isZip: true });
    const short = memoryBundle('x', { 'content/halfway.html': '' }, { isZip: true });
    const bundle = bundleOf('omnivore.zip', true, [...short.files, ...base.files, ...again.files], new Uint8Array(0));
    const items = await itemsOf(bundle);
    assert.equal(items[1]!.content?.text, '<p>Halfway body, the full copy</p>');
  });

  test('highlights with labels and notes, and the Note-only entry as the item note', async () => {
    const halfway = (await itemsOf(exportZip()))[1]!;
    assert.deepEqual(halfway.highlights, [
      { quote: 'One.\n\nTwo.', note: 'Why it matters', tags: ['key', 'to share'], color: null, createdAt: null },
      { quote: 'Another', note: '', tags: [], color: null, createdAt: null },
    ]);
    assert.equal(halfway.note, 'The article note');
    assert.equal((await itemsOf(exportZip()))[0]!.note, null);
  });

  test('an item without a web address is reported as skipped', async () => {
    const bundle = memoryBundle('metadata_0_to_2.json', { 'metadata_0_to_2.json': JSON.stringify([record('mail', { url: 'mailto:a@example.com' }), record('none', { url: null })]) });
    const entries = await entriesOf(bundle);
    assert.deepEqual(entries.map((entry) => entry.kind), ['skipped', 'skipped']);
    assert.equal(entries[0]!.kind === 'skipped' && entries[0]!.skipped.where, 'metadata_0_to_2.json item 1');
    assert.equal(entries[0]!.kind === 'skipped' && entries[0]!.skipped.url, 'mailto:a@example.com');
    assert.equal(entries[1]!.kind === 'skipped' && entries[1]!.skipped.title, 'Title none');
  });

  test('a metadata file that is not a list, or not JSON, is an error naming it', async () => {
    const notList = memoryBundle('omnivore.zip', { 'metadata_0_to_20.json': '{"items": []}' }, { isZip: true });
    await assert.rejects(entriesOf(notList), (error: unknown) => error instanceof ImportFormatError && /omnivore\.zip: metadata_0_to_20\.json is not a list/.test(error.message));
    const cut = memoryBundle('omnivore.zip', { 'metadata_0_to_20.json': '[{"slug": "a", "url": "https://a.exa' }, { isZip: true });
    await assert.rejects(entriesOf(cut), (error: unknown) => error instanceof ImportFormatError && /metadata_0_to_20\.json is not valid JSON/.test(error.message));
    const oddItem = memoryBundle('omnivore.zip', { 'metadata_0_to_20.json': '[{"slug":"a","url":"https://a.example"}, 42]' }, { isZip: true });
    await assert.rejects(entriesOf(oddItem), (error: unknown) => error instanceof ImportFormatError && /item 2 is not a saved item/.test(error.message));
  });
});
