import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleRecords } from './article-records.ts';
import { CorruptFileError } from './atomic-json-file.ts';
import { articleRecordProblem, parseDataFile } from './data-file-schemas.ts';
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import { tempDir } from '../testing/temp-dir.ts';

const record = (id: string, title: string) => ({
  id,
  title,
  byline: null,
  siteName: null,
  source: { kind: 'pasted', value: 'pasted' },
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: '',
  tags: [],
  leadImage: null,
  canonicalUrl: null,
  wordCount: 10,
  readingMinutes: 1,
  archived: false,
  favorite: false,
  finishedAt: null,
  deletedAt: null,
});

const problem = (file: (typeof DATA_FILES)[keyof typeof DATA_FILES], raw: unknown) => {
  try {
    parseDataFile(file, raw, `/lib/${file.name}`);
    return 'valid';
  } catch (error) {
    assert.ok(error instanceof CorruptFileError);
    return error.message;
  }
};

test('a library whose records are all whole is read, older ones migrated and given their added fields', () => {
  const { data, migrated } = parseDataFile(DATA_FILES.library, { articles: [{ ...record('abc-1', 'One'), tags: undefined }] }, 'library.json');
  assert.equal(migrated, true);
  assert.deepEqual((data as { articles: { tags: string[] }[] }).articles[0]!.tags, []);
});

test('one broken record makes the whole file damaged, and the message names it', () => {
  const library = (articles: unknown[]) => problem(DATA_FILES.library, { schemaVersion: 1, articles });
  assert.equal(library([record('abc-1', 'One'), null]), 'library.json is damaged (article 2 is null, not a record Lectern can read).');
  const { title: _title, ...untitled } = record('abc-12', 'x');
  assert.equal(library([record('abc-1', 'One'), untitled]), 'library.json is damaged (article 2 (id abc-12) has no title).');
  assert.match(library([{ ...record('abc-1', 'One'), wordCount: 'many' }]), /article 1 \(id abc-1\): its wordCount is "many", not a number/);
  assert.match(library([{ ...record('../../etc', 'One') }]), /article 1 \(id \.\.\/\.\.\/etc\): its id is/);
  const notes = problem(DATA_FILES.annotations, { schemaVersion: 1, notes: { 'abc-1': { text: 42, updatedAt: '' } } });
  assert.equal(notes, 'annotations.json is damaged (the note of article abc-1: its text is 42, not text).');
});

test('JSON that is not an object of the file\'s shape is damaged, never taken for an empty file', () => {
  assert.match(problem(DATA_FILES.annotations, null), /annotations\.json is damaged \(it holds null/);
  assert.match(problem(DATA_FILES.highlights, []), /highlights\.json is damaged \(it holds a list/);
  assert.match(problem(DATA_FILES.progress, []), /progress\.json is damaged/);
  assert.match(problem(DATA_FILES.settings, 'dark'), /settings\.json is damaged/);
  assert.equal(problem(DATA_FILES.settings, { theme: 'dark' }), 'valid');
});

test('a file saved with a byte order mark is read; JSON null and bytes that are not UTF-8 are damage', async () => {
  const dir = await tempDir();
  const path = join(dir, DATA_FILES.annotations.name);
  await writeFile(path, `\uFEFF${JSON.stringify({ schemaVersion: 1, notes: { 'abc-1': { text: 'Kept.', updatedAt: '' } } })}`);
  const doc = new JsonDocument<{ notes: Record<string, { text: string }> }>(dir, DATA_FILES.annotations, { notes: {} });
  await doc.load();
  assert.equal(doc.data.notes['abc-1']?.text, 'Kept.');
  for (const bytes of [Buffer.from('null'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) {
    await writeFile(path, bytes);
    await assert.rejects(new JsonDocument(dir, DATA_FILES.annotations, { notes: {} }).load(), CorruptFileError);
    assert.deepEqual(await readFile(path), bytes);
  }
});

test('fields a record may lack get their defaults; a field there with the wrong type is damage', () => {
  const { data } = parseDataFile(DATA_FILES.library, { schemaVersion: 1, articles: [{ id: 'abc-1', title: 'One', source: { kind: 'url', value: 'https://a.example/' }, savedAt: 'then' }] }, 'library.json');
  const [article] = (data as { articles: Record<string, unknown>[] }).articles;
  assert.equal(article!.updatedAt, 'then');
  assert.equal(article!.dir, 'ltr');
  assert.equal(article!.favorite, false);
  assert.match(problem(DATA_FILES.library, { schemaVersion: 1, articles: [{ ...record('abc-1', 'One'), favorite: 'yes' }] }), /its favorite is "yes", not true or false/);
  const highlight = { id: 'h1', articleId: 'abc-1', selectors: [{ exact: 'river' }, { start: 4 }] };
  const parsed = parseDataFile(DATA_FILES.highlights, { schemaVersion: 1, highlights: { 'abc-1': [highlight] } }, 'highlights.json').data;
  const stored = (parsed as { highlights: Record<string, { color: string; selectors: [unknown, { end: number }] }[]> }).highlights['abc-1']![0]!;
  assert.equal(stored.color, 'yellow');
  assert.equal(stored.selectors[1].end, 9);
});

test('a record that library.json could not read back is named before it is stored', () => {
  assert.equal(articleRecordProblem(record('abc-1', 'One')), null);
  assert.equal(articleRecordProblem({ ...record('abc-1', 'One'), wordCount: '12' }), 'article abc-1: its wordCount is "12", not a number');
  assert.equal(articleRecordProblem({ title: 'No id' }), 'the article has no id');
});

test('a broken record is refused before it reaches library.json, so the next open still reads it', async () => {
  const dir = await tempDir();
  const records = new ArticleRecords(dir);
  await records.load();
  await records.addNew([record('abc-1', 'One') as never]);
  await assert.rejects(records.addNew([{ ...record('abc-2', 'Two'), favorite: 'yes' } as never]), /An article could not be stored, so nothing was changed: article abc-2: its favorite is "yes"/);
  const reopened = new ArticleRecords(dir);
  await reopened.load();
  assert.deepEqual(reopened.all().map((article) => article.id), ['abc-1']);
});
