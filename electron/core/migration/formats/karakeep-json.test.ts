import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem, SkippedEntry } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { karakeepReader } from './karakeep-json.ts';

// The fixture kit's Karakeep rows (migration-formats.md 1.7 and 1.12): a link, a text note, title null,
// nested lists with parentId, a smart list with a query, and an image bookmark (written with content null).
const EXPORT = {
  bookmarks: [
    {
      createdAt: 1728576752,
      title: 'Example',
      tags: ['dev', 'read-later'],
      lists: ['reading'],
      content: { type: 'link', url: 'https://example.com/a' },
      note: 'my note',
      archived: false,
    },
    { createdAt: 1728576800, title: null, tags: [], lists: [], content: { type: 'text', text: '\n# A text note\nwith a second line' }, note: null, archived: true },
    { createdAt: 1728576900, title: null, tags: ['x'], lists: ['work'], content: { type: 'link', url: 'https://example.com/b' }, note: null, archived: true },
    { createdAt: 1728577000, title: 'A photo', tags: [], lists: [], content: null, note: null, archived: false },
    { createdAt: 1728577100, title: 'Bookmarklet', tags: [], content: { type: 'link', url: 'javascript:alert(1)' }, note: null },
  ],
  lists: [
    { id: 'work', name: 'Work', description: null, icon: '💼', type: 'manual', query: null, parentId: null },
    { id: 'reading', name: 'Reading', description: null, icon: '📚', type: 'manual', query: null, parentId: 'work' },
    { id: 'smart', name: 'Unread dev', description: null, icon: '🔎', type: 'smart', query: '#dev is:unread', parentId: null },
  ],
};

async function entriesOf(bundle: ImportBundle): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of karakeepReader.read(bundle)) entries.push(entry);
  return entries;
}

function json(value: unknown, indent?: number): ImportBundle {
  return memoryBundle('karakeep.json', { 'karakeep.json': JSON.stringify(value, null, indent) });
}

describe('Karakeep: detecting', () => {
  test('the {bookmarks, lists} export is recognised, compact or indented, with or without a BOM', async () => {
    assert.equal(await karakeepReader.detect(json(EXPORT)), true);
    assert.equal(await karakeepReader.detect(json(EXPORT, 2)), true);
    assert.equal(await karakeepReader.detect(memoryBundle('k.json', { 'k.json': `\uFEFF${JSON.stringify(EXPORT)}` })), true);
  });

  test('a file larger than the head is decided from its first bookmark', async () => {
    const many = { bookmarks: Array.from({ length: 2000 }, () => EXPORT.bookmarks[0]), lists: EXPORT.lists };
    const bundle = json(many);
    assert.ok(bundle.files[0]!.size > bundle.head.length, 'the fixture must be larger than the head');
    assert.equal(await karakeepReader.detect(bundle), true);
  });

  test('other JSON exports and CSV are not Karakeep', async () => {
    assert.equal(await karakeepReader.detect(json({ collections: [{ links: [] }] })), false);
    assert.equal(await karakeepReader.detect(json([{ is_archived: 1, content: '<p>x</p>' }])), false);
    assert.equal(await karakeepReader.detect(json({ bookmarks: 'none' })), false);
    assert.equal(await karakeepReader.detect(memoryBundle('a.csv', { 'a.csv': 'bookmarks,lists\n1,2\n' })), false);
  });
});

describe('Karakeep: reading', () => {
  test('links, text notes, lists as tags, and the entries it cannot import', async () => {
    const entries = await entriesOf(json(EXPORT));
    const items = entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
    const skipped = entries.flatMap((entry) => (entry.kind === 'skipped' ? [entry.skipped] : []));
    assert.equal(items.length, 3);
    const [link, text, untitled] = items as [ImportItem, ImportItem, ImportItem];

    assert.equal(link.where, 'karakeep.json bookmark 1');
    assert.equal(link.url, 'https://example.com/a');
    assert.equal(link.title, 'Example');
    // In "Reading", which sits in "Work": both names; the smart list's name is on nothing.
    assert.deepEqual(link.tags, ['dev', 'read-later', 'Work', 'Reading']);
    assert.equal(link.savedAt, '2024-10-10T16:12:32.000Z');
    assert.equal(link.note, 'my note');
    assert.equal(link.archived, false);
    assert.equal(link.content, null);

    assert.equal(text.where, 'karakeep.json bookmark 2');
    assert.equal(text.url, null);
    assert.equal(text.title, 'A text note');
    assert.deepEqual(text.content, { kind: 'text', text: '\n# A text note\nwith a second line' });
    assert.equal(text.archived, true);

    assert.equal(untitled.title, null);
    assert.deepEqual(untitled.tags, ['x', 'Work']);
    assert.equal(items.some((item) => item.tags.includes('Unread dev')), false);

    assert.deepEqual(
      skipped.map((entry: SkippedEntry) => [entry.where, entry.title]),
      [
        ['karakeep.json bookmark 4', 'A photo'],
        ['karakeep.json bookmark 5', 'Bookmarklet'],
      ],
    );
    assert.match(skipped[0]!.reason, /image or PDF/);
    assert.match(skipped[1]!.reason, /javascript:/);
  });

  test('a long first line is cut at a word to make the title; an empty note is passed over', async () => {
    const words = 'word '.repeat(60);
    const note = (text: string) => ({ createdAt: 1728576800, title: null, tags: [], content: { type: 'text', text } });
    const [entry, empty] = await entriesOf(json({ bookmarks: [note(words), note('  \n ')] }));
    assert.ok(entry?.kind === 'item');
    assert.ok(entry.item.title!.endsWith('word…'));
    assert.ok(entry.item.title!.length <= 121);
    assert.ok(empty?.kind === 'skipped');
    assert.equal(empty.skipped.reason, 'an empty text note');
  });

  test('JSON cut short, a file without bookmarks, and a bookmark that is not one are ImportFormatErrors naming where', async () => {
    const text = JSON.stringify(EXPORT);
    await assert.rejects(entriesOf(memoryBundle('karakeep.json', { 'karakeep.json': text.slice(0, 200) })), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /karakeep\.json is not valid JSON/);
      return true;
    });
    await assert.rejects(entriesOf(json({ bookmarks: 3 })), /karakeep\.json is not a Karakeep export/);
    await assert.rejects(entriesOf(json({ bookmarks: [EXPORT.bookmarks[0], 'oops'] })), /karakeep\.json bookmark 2 is not a Karakeep bookmark/);
  });
});
