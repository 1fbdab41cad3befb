import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportEntry, ImportItem } from '../import-item.ts';
import { memoryBundle, type ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { raindropReader } from './raindrop-csv.ts';

const HEADER = 'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite';

// The fixture kit's Raindrop rows (migration-formats.md 1.8 and 1.12).
const BACKUP = [
  HEADER,
  '1,Go blog,"First line\nsecond line, with ""quotes""",An excerpt,https://example.com/go,Dev/Go,"go, reading",2024-01-02T03:04:05.123Z,https://cdn.example.com/x.jpg,,true',
  '2,Random,,,https://example.com/misc,Unsorted,,2024-01-03T00:00:00Z,,,false',
  '3,Mail,,,mailto:someone@example.com,Unsorted,,2024-01-03T00:00:00Z,,,false',
  '4,Labelled,,,https://example.com/labelled,Reading,go,2024-01-04T00:00:00Z,,"Highlight:First quote\nNote:Why it matters\nHighlight:Second quote\nruns on",false',
  '5,Plain,my note,,https://example.com/plain,,,2024-01-05T00:00:00Z,,"one passage\nanother passage",false',
  '',
].join('\n');

async function itemsAndSkips(bundle: ImportBundle): Promise<{ items: ImportItem[]; skipped: ImportEntry[] }> {
  const entries: ImportEntry[] = [];
  for await (const entry of raindropReader.read(bundle)) entries.push(entry);
  return { items: entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : [])), skipped: entries.filter((entry) => entry.kind === 'skipped') };
}

function csv(text: string): ImportBundle {
  return memoryBundle('raindrop.csv', { 'raindrop.csv': text });
}

describe('Raindrop: detecting', () => {
  test('every generation of the backup header is recognised', async () => {
    assert.equal(await raindropReader.detect(csv(`${HEADER}\n`)), true);
    assert.equal(await raindropReader.detect(csv('title,note,excerpt,url,folder,tags,created,cover,highlights,important,broken\n')), true);
    assert.equal(await raindropReader.detect(csv('title,description,url,folder,tags,created,cover,highlights\n')), true);
    assert.equal(await raindropReader.detect(csv('id,title,note,excerpt,url,tags,created,cover,highlights,favorite\n')), true);
  });

  test('other bookmark CSVs are not Raindrop', async () => {
    assert.equal(await raindropReader.detect(csv('URL,Title,Selection,Folder,Timestamp,Tags\n')), false);
    assert.equal(await raindropReader.detect(csv('Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n')), false);
    // Raindrop's own import template: no excerpt, cover or highlights, so it could be anyone's CSV.
    assert.equal(await raindropReader.detect(csv('folder,url,title,note,tags,created\n')), false);
  });
});

describe('Raindrop: reading', () => {
  test('folders, tags, a multi-line note, favourites and dates, from a file with a BOM', async () => {
    const { items, skipped } = await itemsAndSkips(csv(`\uFEFF${BACKUP}`));
    assert.deepEqual(
      items.map((item) => item.url),
      ['https://example.com/go', 'https://example.com/misc', 'https://example.com/labelled', 'https://example.com/plain'],
    );
    const [go, misc] = items as [ImportItem, ImportItem];
    assert.equal(go.title, 'Go blog');
    assert.equal(go.note, 'First line\nsecond line, with "quotes"');
    assert.equal(go.description, 'An excerpt');
    assert.deepEqual(go.tags, ['go', 'reading', 'Dev']);
    assert.equal(go.favorite, true);
    assert.equal(go.archived, false);
    assert.equal(go.savedAt, '2024-01-02T03:04:05.123Z');
    assert.match(go.where, /^raindrop\.csv line \d+$/);

    assert.equal(misc.where, 'raindrop.csv line 4');
    assert.deepEqual(misc.tags, []);
    assert.equal(misc.favorite, false);
    assert.equal(misc.note, null);
    assert.equal(misc.description, null);

    assert.equal(skipped.length, 1);
    assert.ok(skipped[0]?.kind === 'skipped');
    assert.equal(skipped[0].skipped.url, 'mailto:someone@example.com');
    assert.match(skipped[0].skipped.reason, /mailto:/);
  });

  test('labelled highlights are split; any other highlights cell is kept whole in the note', async () => {
    const { items } = await itemsAndSkips(csv(BACKUP));
    const labelled = items.find((item) => item.title === 'Labelled')!;
    assert.deepEqual(labelled.highlights, [
      { quote: 'First quote', note: 'Why it matters', tags: [], color: null, createdAt: null },
      { quote: 'Second quote\nruns on', note: '', tags: [], color: null, createdAt: null },
    ]);
    assert.equal(labelled.note, null);
    // A tag and a folder of the same name are one tag.
    assert.deepEqual(labelled.tags, ['go', 'Reading']);

    const plain = items.find((item) => item.title === 'Plain')!;
    assert.deepEqual(plain.highlights, []);
    assert.equal(plain.note, 'my note\n\nHighlights saved in Raindrop:\n\none passage\nanother passage');
  });

  test('a single-collection export without folder, and the older header with important', async () => {
    const single = await itemsAndSkips(csv('id,title,note,excerpt,url,tags,created,cover,highlights,favorite\n7,One,,,https://example.com/one,"a, b",2024-02-01T00:00:00Z,,,true\n'));
    assert.deepEqual(single.items.map((item) => [item.where, item.tags, item.favorite]), [['raindrop.csv line 2', ['a', 'b'], true]]);
    const older = await itemsAndSkips(csv('title,description,url,folder,tags,created,cover,highlights,important\nOld,A description,https://example.com/old,A/B,,2021-05-06T07:08:09Z,,,true\n'));
    assert.deepEqual(older.items.map((item) => [item.description, item.tags, item.favorite]), [['A description', ['A', 'B'], true]]);
  });

  test('a quote left open is an ImportFormatError naming the file and line; a bundle without a backup is refused', async () => {
    await assert.rejects(itemsAndSkips(csv(`${BACKUP}9,"Broken,,,https://example.com/z,,,,,,false\n`)), (error: unknown) => {
      assert.ok(error instanceof ImportFormatError);
      assert.match(error.message, /raindrop\.csv.*line \d+/);
      return true;
    });
    await assert.rejects(itemsAndSkips(csv('a,b\n1,2\n')), /raindrop\.csv is not a Raindrop\.io CSV backup/);
  });
});
