import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HighlightStore } from '../annotations/highlight-store.ts';
import { Library } from '../library/library.ts';
import { normalizeTags } from '../../shared/tags.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { emptyItem, type FormatReader, type ImportEntry, type ImportItem } from './import-item.ts';
import { readPlan } from './import-plan.ts';
import { writePlan, type ImportTarget } from './import-writer.ts';
import { memoryBundle } from './sources/import-bundle.ts';

const PROSE = 'The river ran slowly past the mill, and nobody was in a hurry to be anywhere at all that morning.';
const FINGERPRINT = 'f'.repeat(64);

const item = (fields: Partial<ImportItem>): ImportEntry => ({ kind: 'item', item: { ...emptyItem(fields.url ?? 'test'), ...fields } });
const quote = (text: string) => ({ quote: text, note: '', tags: [], color: null, createdAt: null });
const text = (extra = '') => ({ kind: 'html' as const, text: `<p>${PROSE}</p><p>${PROSE}</p>${extra}` });

const ENTRIES = [
  item({ url: 'https://a.example/1', title: 'One', archived: true, favorite: true, tags: ['rivers'], progress: 0.5, note: 'My own words.', content: text(), highlights: [quote('past the mill')] }),
  item({ url: 'https://a.example/2', title: 'Two', content: text(), highlights: [quote('in a hurry')] }),
  item({ url: 'https://a.example/3', title: 'Three', favorite: true, content: text('<img src="https://pictures.example/weir.jpg" alt="Weir">') }),
  item({ url: 'https://b.example/4', title: 'Four', highlights: [quote('a quote waiting for its text')] }),
  item({ url: 'https://b.example/5', title: 'Five', archived: true }),
];

function readerOf(entries: ImportEntry[]): FormatReader {
  return { format: 'omnivore', label: 'Test export', detect: async () => true, read: async function* () { yield* entries; } };
}

async function open(dataDir: string) {
  const library = new Library(dataDir, { progressFlushMs: 5 });
  await library.open();
  const highlights = new HighlightStore(dataDir);
  await highlights.load();
  const target: ImportTarget = { library, highlights, tagSpeller: () => normalizeTags, emit: () => {} };
  return { library, highlights, target };
}

/**
 * The target as a crash sees it: the first `articles` articles are written, then the process is gone; every
 * later write fails, so writePlan stops there with only what reached the disk.
 */
function crashingAfter(target: ImportTarget, articles: number): ImportTarget {
  let written = 0;
  let crashed = false;
  const writes = new Set(['add', 'addRecords', 'changeMany', 'addNotes', 'importProgress']);
  const library = new Proxy(target.library, {
    get(real, name) {
      const value: unknown = Reflect.get(real, name, real);
      if (typeof value !== 'function') return value;
      if (!writes.has(String(name))) return value.bind(real);
      return async (...args: unknown[]) => {
        if (name === 'add' && written === articles) crashed = true;
        if (crashed) throw new Error('the process is gone');
        if (name === 'add') written++;
        return value.apply(real, args);
      };
    },
  });
  return { ...target, library };
}

const plan = () => readPlan(readerOf(ENTRIES), memoryBundle('omnivore.zip', { 'x.json': '' }));

test('an import a crash stopped after two articles, run again, finishes the job: every article once, every highlight once', async () => {
  const dataDir = await tempDir();
  const first = await open(dataDir);
  await assert.rejects(writePlan(await plan(), crashingAfter(first.target, 2), 'first', { fetch: true, sourceName: 'omnivore.zip', fingerprint: FINGERPRINT }));
  await first.library.close();
  await first.highlights.flush();

  const second = await open(dataDir);
  assert.deepEqual(second.library.records().map((record) => record.title).sort(), ['One', 'Two'], 'what reached the disk before the crash');
  const journal = await writePlan(await plan(), second.target, 'second', { fetch: true, sourceName: 'omnivore.zip', fingerprint: FINGERPRINT, resume: true });

  const records = second.library.records();
  assert.deepEqual(records.map((record) => record.source.value).sort(), ENTRIES.map((entry) => (entry.kind === 'item' ? entry.item.url : '')).sort(), 'every article once');
  assert.equal(journal.added.length, 5, 'the articles the crashed run wrote count as this import’s (Undo takes them back too)');
  const quotes = second.highlights.all().map((highlight) => highlight.selectors[0].exact).sort();
  assert.deepEqual(quotes, ['a quote waiting for its text', 'in a hurry', 'past the mill'], 'every highlight once');

  const one = records.find((record) => record.title === 'One')!;
  assert.deepEqual([one.archived, one.favorite, one.tags], [true, true, ['rivers']], 'its flags from the file, though the crash came before they were set');
  const article = second.library.get(one.id);
  assert.deepEqual([article.note, article.progress?.fraction], ['My own words.', 0.5]);
  const three = records.find((record) => record.title === 'Three')!;
  assert.deepEqual([three.favorite, three.download], [true, { state: 'queued', attempts: 0, error: null, imagesOnly: true }]);
  assert.deepEqual(journal.images, [three.id]);
  assert.equal(journal.links.length, 2);

  const again = await writePlan(await plan(), second.target, 'third', { fetch: true, sourceName: 'omnivore.zip', fingerprint: FINGERPRINT });
  assert.deepEqual([again.added.length, again.highlights.length, second.library.records().length], [0, 0, 5], 'a finished import, run again, adds nothing');
  assert.equal(again.enriched.length, 0);
  await second.library.close();
});

test('without a crash to finish, an article the same file added before is the reader’s: its flags are left as they are', async () => {
  const dataDir = await tempDir();
  const { library, target } = await open(dataDir);
  await writePlan(await plan(), target, 'first', { fetch: false, sourceName: 'omnivore.zip', fingerprint: FINGERPRINT });
  const one = library.records().find((record) => record.title === 'One')!;
  await library.update(one.id, { archived: false, favorite: false });
  const again = await writePlan(await plan(), target, 'second', { fetch: false, sourceName: 'omnivore.zip', fingerprint: FINGERPRINT });
  assert.equal(again.added.length, 0);
  assert.deepEqual([library.get(one.id).archived, library.get(one.id).favorite], [false, false]);
  await library.close();
});
