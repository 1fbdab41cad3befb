import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../core/testing/temp-dir.ts';
import type { ArticlePage, ArticleSummary, SearchMatch, SearchStatus } from '../../shared/models.ts';
import type { CliContext } from '../cli-context.ts';
import { runLectern } from '../testing/run-lectern.ts';
import { searchCommand } from './search.ts';

function summary(id: string, title: string, match?: Partial<SearchMatch>): ArticleSummary {
  return {
    id, title, byline: null, siteName: id === 'a-1' ? 'LWN.net' : null, source: { kind: 'url', value: `https://example.org/${id}` },
    savedAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z', publishedAt: null, lang: 'en', dir: 'ltr',
    excerpt: '', leadImage: null, wordCount: 10, readingMinutes: 1, archived: false, favorite: false, finishedAt: null,
    progress: null, hasNote: false, tags: ['linux'],
    ...(match ? { match: { field: 'body', snippet: '', marks: [], bodyRange: null, score: 1, ...match } } : {}),
  };
}

/** A context whose core answers articles.list from a fixed result list, recording each call. */
function fakeContext(results: ArticleSummary[], hints: string[] = [], status: SearchStatus = { state: 'ready', done: 0, total: 0, message: null }) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: Record<string, unknown>[] = [];
  const context = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    readStdin: async () => '',
    call: async (method: string, input: Record<string, unknown>) => {
      assert.equal(method, 'articles.list');
      calls.push(input);
      const offset = input.offset as number;
      const page: ArticlePage = {
        items: results.slice(offset, offset + (input.limit as number)), total: results.length, offset,
        search: { hints, status },
      };
      return page;
    },
  } as unknown as CliContext;
  const run = (args: string[], options: Record<string, unknown> = {}) => searchCommand.run(context, { args, options } as never);
  return { run, out, err, calls };
}

test('plain text: one result a line, the matched words in brackets, hints on stderr', async () => {
  const fake = fakeContext(
    [
      summary('a-1', 'Rust in the kernel', { field: 'title', snippet: 'Rust in the kernel', marks: [{ start: 0, end: 4 }], score: 9.5 }),
      summary('b-2', 'Other', { snippet: '…the borrow\nchecker and Rust…', marks: [{ start: 5, end: 11 }, { start: 24, end: 28 }] }),
    ],
    ['Unknown operator "foo:" — searched as words'],
  );
  await (fake.run(['rust', 'foo:bar']) as unknown as Promise<void>);
  assert.deepEqual(fake.calls, [{ offset: 0, limit: 20, sort: 'relevance', filter: 'all', query: 'rust foo:bar', typing: false }]);
  assert.deepEqual(fake.out, [
    'a-1  Rust in the kernel — LWN.net\n    title: [Rust] in the kernel',
    'b-2  Other\n    body: …the [borrow] checker and [Rust]…',
  ]);
  assert.deepEqual(fake.err, ['hint: Unknown operator "foo:" — searched as words']);
});

test('while the index is being built, stderr says so', async () => {
  const fake = fakeContext([], [], { state: 'building', done: 120, total: 5000, message: null });
  await fake.run(['rust']);
  assert.deepEqual(fake.err, ['note: The search index is being built (120 of 5000 articles).']);
});

test('--json: the results best first, with snippet, score and field (null for a filters-only query)', async () => {
  const fake = fakeContext([summary('a-1', 'Rust', { snippet: 'Rust!', score: 3, field: 'title' }), summary('b-2', 'Tagged')]);
  await fake.run(['tag:linux'], { json: true });
  assert.deepEqual(JSON.parse(fake.out.join('\n')), [
    { id: 'a-1', title: 'Rust', snippet: 'Rust!', score: 3, field: 'title', url: 'https://example.org/a-1', siteName: 'LWN.net', savedAt: '2025-01-02T03:04:05.000Z', tags: ['linux'] },
    { id: 'b-2', title: 'Tagged', snippet: null, score: null, field: null, url: 'https://example.org/b-2', siteName: null, savedAt: '2025-01-02T03:04:05.000Z', tags: ['linux'] },
  ]);
});

test('--limit pages through core 500 at a time and stops at the limit or the last result', async () => {
  const many = Array.from({ length: 1200 }, (_, i) => summary(`id-${i}`, `Title ${i}`));
  const fake = fakeContext(many);
  await fake.run(['x'], { json: true, limit: '1100' });
  assert.deepEqual(fake.calls.map((call) => [call.offset, call.limit]), [[0, 500], [500, 500], [1000, 100]]);
  assert.equal(JSON.parse(fake.out.join('\n')).length, 1100);
  const all = fakeContext(many.slice(0, 700));
  await all.run(['x'], { json: true, limit: '5000' });
  assert.equal(JSON.parse(all.out.join('\n')).length, 700);
  assert.equal(all.calls.length, 2);
});

test('an empty result says so; a bad limit or no query is a usage error', async () => {
  const fake = fakeContext([]);
  await fake.run(['nothing']);
  assert.deepEqual(fake.out, ['No articles match.']);
  await assert.rejects(fake.run(['x'], { limit: '0' }), /--limit must be a whole number/);
  await assert.rejects(fake.run(['x'], { limit: '2.5' }), /--limit/);
  await assert.rejects(fake.run([]), /needs something to search for/);
  await assert.rejects(fake.run(['x'.repeat(20_001)]), /at most 20,000 characters/);
});

const lectern = (args: string[]) => runLectern(args);

test('lectern search finds articles by their words through the real core', async () => {
  const dataDir = await tempDir();
  const add = async (name: string, text: string) => {
    const file = join(dataDir, name);
    await writeFile(file, text);
    const added = await lectern(['add', file, '--data-dir', dataDir]);
    assert.equal(added.code, 0, added.err);
    return added.out.trim();
  };
  const lighthouse = await add('lighthouse.txt', 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps and lit the lamp.');
  const beijing = await add('beijing.txt', '北京的秋天\n\n我们今天去北京大学读书。');
  await add('mill.txt', 'The mill\n\nThe river ran slowly past the mill.');

  const plain = await lectern(['search', 'hundred', 'steps', '--data-dir', dataDir]);
  assert.equal(plain.code, 0, plain.err);
  assert.match(plain.out, new RegExp(`^${lighthouse}  The lighthouse keeper\n    body: .*\\[hundred\\] \\[steps\\]`));

  const json = await lectern(['search', '北京大学', '--json', '--data-dir', dataDir]);
  assert.equal(json.code, 0, json.err);
  const results = JSON.parse(json.out) as { id: string; score: number; snippet: string }[];
  assert.deepEqual(results.map((found) => found.id), [beijing]);
  assert.ok(results[0]!.score > 0 && results[0]!.snippet.includes('北京大学'));

  const none = await lectern(['search', 'foo:bar', 'NEAR(', '--data-dir', dataDir]);
  assert.equal(none.code, 0, none.err);
  assert.equal(none.out, 'No articles match.');
  assert.match(none.err, /^hint: Unknown operator "foo:"/m);
  const excluded = await lectern(['search', '--json', '--data-dir', dataDir, '--', 'the', '-mill']);
  assert.deepEqual((JSON.parse(excluded.out) as { id: string }[]).map((found) => found.id), [lighthouse]);
});
