import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportPreview, ImportReport } from '../../shared/models-migration.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { runCli } from '../run-cli.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { importCommand } from './import.ts';

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    importId: 'import-0001', fileName: 'pocket.zip', format: 'pocket', formatLabel: 'Pocket export', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:05.000Z',
    added: 1200, enriched: 3, highlights: 45, highlightsWaiting: 40, queuedForDownload: 1180, skipped: [], failed: [], undoable: true,
    ...overrides,
  };
}

/** A context whose core previews and runs imports from fixed answers (a file named missing.* fails), recording the calls. */
function fakeContext(answer: ImportReport) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: [string, Record<string, unknown>][] = [];
  const context = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    readStdin: async () => '',
    call: async (method: string, input: Record<string, unknown>) => {
      calls.push([method, input]);
      if (method === 'migration.previewPath') {
        if (String(input.path).includes('missing')) throw new CliError(`${String(input.path)} does not exist.`);
        return { importId: `id-${calls.length}` } as Partial<ImportPreview>;
      }
      assert.equal(method, 'migration.run');
      return answer;
    },
  } as unknown as CliContext;
  return { context, out, err, calls };
}

const run = (context: CliContext, args: string[], options: Record<string, boolean> = {}) => importCommand.run(context as never, { args, options });

test('each file is previewed by its full path, then run; --no-fetch runs without fetching', async () => {
  const fake = fakeContext(report());
  await run(fake.context, ['pocket.zip', '/tmp/instapaper.csv'], { 'no-fetch': true });
  assert.deepEqual(fake.calls.map(([method]) => method), ['migration.previewPath', 'migration.run', 'migration.previewPath', 'migration.run']);
  assert.equal(fake.calls[0]?.[1].path, `${process.cwd()}/pocket.zip`);
  assert.equal(fake.calls[2]?.[1].path, '/tmp/instapaper.csv');
  assert.deepEqual(fake.calls[1]?.[1], { importId: 'id-1', fetch: false });
  const fetched = fakeContext(report());
  await run(fetched.context, ['pocket.zip']);
  assert.equal(fetched.calls[1]?.[1].fetch, true);
});

test('the report says the format, what was added, highlights waiting, links queued, and each entry left out with why', async () => {
  const skipped = Array.from({ length: 23 }, (_, i) => ({ where: `part_000001.csv line ${i + 2}`, url: `mailto:someone${i}@example.org`, title: null, reason: 'Not a web address.' }));
  const failed = [{ where: 'part_000002.csv line 9', url: null, title: 'Untitled thing', reason: 'It has no address.' }];
  const fake = fakeContext(report({ skipped, failed }));
  await run(fake.context, ['pocket.zip'], { 'no-fetch': true });
  const lines = fake.out.join('\n').split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    'pocket.zip: Pocket export',
    '  added 1,200 articles, enriched 3 already in the library',
    "  45 highlights (40 waiting for their article's text)",
    '  1,180 links queued for download: run `lectern fetch` to download them',
    '  skipped 23:',
  ]);
  assert.equal(lines[5], '    part_000001.csv line 2 mailto:someone0@example.org: Not a web address.');
  assert.equal(lines[25], '    … and 3 more (`--json` lists them all)');
  assert.deepEqual(lines.slice(26), ['  failed 1:', '    part_000002.csv line 9 Untitled thing: It has no address.']);
});

test('--json prints the reports as one array; a file that cannot be imported is said on stderr and fails the command', async () => {
  const fake = fakeContext(report({ added: 1, queuedForDownload: 0 }));
  await assert.rejects(run(fake.context, ['missing.zip', 'pocket.zip'], { json: true }), /1 of 2 files could not be imported/);
  const reports = JSON.parse(fake.out.join('\n')) as ImportReport[];
  assert.deepEqual(reports.map((one) => one.added), [1]);
  assert.match(fake.err.join('\n'), /^lectern: missing\.zip: .*missing\.zip does not exist\.$/);
});

test('lectern import without a file is wrong usage; it takes --no-fetch and --json and nothing else', async () => {
  const lectern = async (args: string[]) => {
    const err: string[] = [];
    const code = await runCli(args, { out: () => {}, err: (line) => err.push(line), env: {}, readStdin: async () => '' });
    return { code, err: err.join('\n') };
  };
  const dataDir = await tempDir();
  const none = await lectern(['import', '--data-dir', dataDir]);
  assert.equal(none.code, 2);
  assert.match(none.err, /lectern import needs at least one file/);
  const wrong = await lectern(['import', 'x.zip', '--with-body', '--data-dir', dataDir]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /lectern import does not take --with-body/);
});

test('a real import: a browser bookmarks file comes in without fetching, the bookmarklet in it left out with why', async () => {
  const dir = await tempDir();
  const file = join(dir, 'bookmarks.html');
  await writeFile(file, [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<DL><p>',
    '    <DT><A HREF="https://example.com/a" ADD_DATE="1700000000" TAGS="maps">Maps of rivers</A>',
    '    <DT><A HREF="javascript:alert(1)">A bookmarklet</A>',
    '    <DT><A HREF="https://example.com/b" ADD_DATE="1700000000">Mills</A>',
    '</DL><p>',
  ].join('\n'));
  const out: string[] = [];
  const code = await runCli(['import', file, '--no-fetch', '--data-dir', join(dir, 'lib')], { out: (line) => out.push(line), err: (line) => out.push(line), env: {}, readStdin: async () => '' });
  assert.equal(code, 0, out.join('\n'));
  assert.match(out[0] ?? '', /^.*bookmarks\.html: .+/);
  assert.equal(out[1], '  added 2 articles, enriched 0 already in the library');
  assert.match(out.join('\n'), /skipped 1:\n {4}bookmarks\.html line 4 javascript:alert\(1\): .+/);
});
