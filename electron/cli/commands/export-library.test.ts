import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticlePage, ArticleSummary } from '../../shared/models.ts';
import { isLecternArchive } from '../../core/migration/archive/archive-format.ts';
import { openZipBundle } from '../../core/migration/sources/zip-bundle.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import type { CliContext } from '../cli-context.ts';
import { runLectern } from '../testing/run-lectern.ts';
import { exportCommand } from './export.ts';

const lectern = (args: string[]) => runLectern(args);

function summary(id: string, title: string, url: string | null, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id, title, byline: null, siteName: null, source: url ? { kind: 'url', value: url } : { kind: 'file', value: '/home/me/a.md' },
    savedAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z', publishedAt: null, lang: 'en', dir: 'ltr',
    excerpt: 'An excerpt.', leadImage: null, wordCount: 10, readingMinutes: 1, archived: false, favorite: false, finishedAt: null,
    progress: null, hasNote: false, tags: ['linux'], ...overrides,
  };
}

test('export --all --format archive --out FILE writes Lectern’s archive of the whole library and prints its path', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'story.txt'), 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps.');
  assert.equal((await lectern(['add', join(dir, 'story.txt'), '--data-dir', join(dir, 'lib')])).code, 0);
  const written = await lectern(['export', '--all', '--format', 'archive', '--out', join(dir, 'whole.zip'), '--data-dir', join(dir, 'lib')]);
  assert.equal(written.code, 0, written.err);
  assert.equal(written.out, join(dir, 'whole.zip'));
  const bundle = await openZipBundle(join(dir, 'whole.zip'));
  assert.equal(await isLecternArchive(bundle), true);
  bundle.close();
});

test('the whole-library formats want --all, no ids, and (for the archive) a file to write', async () => {
  const dataDir = await tempDir();
  for (const [args, message] of [
    [['--all', '--format', 'archive'], /--format archive needs --out FILE/],
    [['some-id', '--format', 'archive', '--out', 'x.zip'], /give --all and no article ids/],
    [['--format', 'bookmarks'], /give --all and no article ids/],
    [['--all', '--format', 'bookmarks', '--with-body'], /--with-body goes with --format markdown/],
    [['--all', '--format', 'pdf'], /--format must be one of: markdown, json, annotations, archive, bookmarks/],
  ] as const) {
    const result = await lectern(['export', ...args, '--data-dir', dataDir]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, message);
  }
});

test('export --all --format bookmarks lists every article with an address, archived ones too, oldest first', async () => {
  const lists: Record<string, ArticleSummary[]> = {
    all: [summary('b-2', 'Second <b>', 'https://example.org/2', { savedAt: '2025-02-01T00:00:00.000Z' }), summary('f-1', 'From a file', null)],
    archived: [summary('a-1', 'First', 'https://example.org/1', { archived: true })],
  };
  const out: string[] = [];
  const context = {
    out: (text: string) => out.push(text),
    err: () => {},
    readStdin: async () => '',
    call: async (method: string, input: { filter: string; offset: number }): Promise<ArticlePage> => {
      assert.equal(method, 'articles.list');
      const items = lists[input.filter] ?? [];
      return { items: items.slice(input.offset), total: items.length, offset: input.offset };
    },
  } as unknown as CliContext;
  const file = join(await tempDir(), 'bookmarks.html');
  await exportCommand.run(context as never, { args: [], options: { all: true, format: 'bookmarks', out: file } });
  assert.deepEqual(out, [file]);
  const html = await readFile(file, 'utf8');
  const links = [...html.matchAll(/<A HREF="([^"]+)"[^>]*>([^<]*)<\/A>/g)].map((match) => [match[1], match[2]]);
  assert.deepEqual(links, [['https://example.org/1', 'First'], ['https://example.org/2', 'Second &lt;b&gt;']]);
});
