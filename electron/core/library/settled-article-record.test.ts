// The fast load check may never accept what the schema would change or refuse: generated records, each
// field valid, missing or of a wrong type, hold the two together. Seeded, so a failure can be replayed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDataFile, readArticleRecord } from './data-file-schemas.ts';
import { DATA_FILES } from './data-files.ts';
import { isSettledArticleRecord } from './settled-article-record.ts';
import { CorruptFileError } from './atomic-json-file.ts';

const MISSING = Symbol('missing');
const wrong = fc.constantFrom<unknown>(null, 1, -1, Number.NaN, 'x', '', true, [], {}, ['a', 2], { code: 1 });
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constant(''));
const textOrNull = fc.oneof(text, fc.constant(null));
const count = fc.oneof(fc.nat(5000), fc.double({ min: 0, max: 100, noNaN: true }));

function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 60, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(MISSING) }, { weight: 1, arbitrary: wrong });
}

const download = fc.record({ state: fc.constantFrom('queued', 'held', 'failed'), attempts: count, error: fc.oneof(fc.constant(null), fc.record({ code: text, message: text })) });

const rawRecord = fc
  .record({
    id: field(fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,12}$/), fc.constantFrom('A-b', 'ab', '-abc'))),
    title: field(text),
    source: field(fc.record({ kind: fc.constantFrom('file', 'url', 'pasted', 'ftp'), value: field(text) })),
    savedAt: field(text),
    updatedAt: field(text),
    byline: field(textOrNull),
    siteName: field(textOrNull),
    publishedAt: field(textOrNull),
    lang: field(textOrNull),
    dir: field(fc.constantFrom('ltr', 'rtl', 'auto')),
    excerpt: field(text),
    tags: field(fc.array(text, { maxLength: 3 })),
    leadImage: field(textOrNull),
    canonicalUrl: field(textOrNull),
    wordCount: field(count),
    readingMinutes: field(count),
    archived: field(fc.boolean()),
    favorite: field(fc.boolean()),
    finishedAt: field(textOrNull),
    deletedAt: field(textOrNull),
    download: fc.oneof(fc.constant(MISSING), download, wrong),
    extra: fc.oneof(fc.constant(MISSING), text),
  })
  .map((fields) => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== MISSING)))) as Record<string, unknown>);

test('a record the fast check accepts is one the schema gives back unchanged', () => {
  let accepted = 0;
  fc.assert(
    fc.property(rawRecord, (raw) => {
      if (!isSettledArticleRecord(raw)) return;
      accepted++;
      assert.deepEqual(readArticleRecord(structuredClone(raw)), raw);
    }),
    { seed: 20261207, numRuns: 3000 },
  );
  // The generator must reach the accepting side often enough for the property to mean something.
  assert.ok(accepted > 50, `only ${accepted} generated records were settled`);
});

test('a library whose records are all settled loads to the same data as through the schema', () => {
  const settled = { id: 'abc-1', title: 'One', source: { kind: 'url', value: 'https://a.example/' }, savedAt: 's', updatedAt: 'u', byline: null, siteName: null, publishedAt: null, lang: 'en', dir: 'ltr', excerpt: '', tags: ['x'], leadImage: null, canonicalUrl: null, wordCount: 3, readingMinutes: 1, archived: false, favorite: true, finishedAt: null, deletedAt: null, future: 'kept' };
  const older = { id: 'abc-2', title: 'Two', source: { kind: 'file', value: 'two.md' }, savedAt: 's2' };
  const { data } = parseDataFile(DATA_FILES.library, { schemaVersion: 1, articles: [settled] }, 'library.json');
  assert.deepEqual((data as { articles: unknown[] }).articles, [settled]);
  const mixed = parseDataFile(DATA_FILES.library, { schemaVersion: 1, articles: [settled, older] }, 'library.json').data as { articles: Record<string, unknown>[] };
  assert.equal(mixed.articles[1]!.updatedAt, 's2', 'an older record still gets its defaults');
  assert.equal(mixed.articles[1]!.dir, 'ltr');
});

test('one damaged record among settled ones still makes library.json damaged, named', () => {
  const good = (id: string) => ({ id, title: 'T', source: { kind: 'url', value: 'https://a.example/' }, savedAt: 's', updatedAt: 'u', byline: null, siteName: null, publishedAt: null, lang: null, dir: 'ltr', excerpt: '', tags: [], leadImage: null, canonicalUrl: null, wordCount: 0, readingMinutes: 0, archived: false, favorite: false, finishedAt: null, deletedAt: null });
  const articles = [good('abc-1'), { ...good('abc-2'), favorite: 'yes' }, good('abc-3')];
  assert.throws(() => parseDataFile(DATA_FILES.library, { schemaVersion: 1, articles }, 'library.json'), (error: unknown) => error instanceof CorruptFileError && /favorite is "yes"/.test(error.message));
});
