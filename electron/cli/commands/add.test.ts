import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { runCli } from '../run-cli.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { simpleArticle } from '../../core/capture/testing/sample-pages.ts';
import { closedPort, startTestServer, type TestServer } from '../../core/capture/testing/test-server.ts';
import { isWebAddress } from './add.ts';
import { describeDue } from './capture-report.ts';

const LOCAL = { page: { allowPrivateNetwork: true }, images: { allowPrivateNetwork: true } };

async function lectern(args: string[], options: { local?: boolean; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    readStdin: async () => options.stdin ?? '',
    capture: options.local === false ? undefined : LOCAL,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let server: TestServer;
before(async () => (server = await startTestServer()));
after(() => server.close());

test('web addresses are told apart from file names, even missing ones', () => {
  assert.ok(isWebAddress('https://example.com/post'));
  assert.ok(isWebAddress('HTTP://example.com'));
  assert.ok(isWebAddress('www.example.com/a?b=1'));
  assert.ok(!isWebAddress('notes.md'));
  assert.ok(!isWebAddress('./www.example.com.html'));
  assert.ok(!isWebAddress('-'));
  assert.ok(!isWebAddress('ftp://example.com/file'));
});

test('add mixes links and files, printing each new id in turn', async () => {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps and lit the lamp.');
  const added = await lectern(['add', server.url('/article'), file, server.url('/simple'), '--data-dir', dataDir]);
  assert.equal(added.code, 0, added.err);
  const ids = added.out.split('\n');
  assert.equal(ids.length, 3);
  for (const id of ids) assert.match(id, /^[0-9a-f-]{36}$/);

  const listed = await lectern(['list', '--json', '--data-dir', dataDir]);
  const titles = (JSON.parse(listed.out) as { title: string }[]).map((a) => a.title).sort();
  assert.deepEqual(titles, ['A simple story', 'The lighthouse keeper', 'Ten ways to ship a picture'].sort());
});

test('a link that fails goes to stderr with exit 1, is kept as pending, and retry saves it later', async () => {
  const dataDir = await tempDir();
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}/later`;
  const failed = await lectern(['add', url, server.url('/simple'), '--data-dir', dataDir]);
  assert.equal(failed.code, 1);
  assert.match(failed.out, /^[0-9a-f-]{36}$/, 'the link that worked is still saved and printed');
  assert.match(failed.err, new RegExp(`${url}: Lectern could not reach 127\\.0\\.0\\.1`));
  assert.match(failed.err, /Kept as pending/);
  assert.match(failed.err, /1 of 2 could not be added/);

  const listed = await lectern(['pending', '--data-dir', dataDir]);
  assert.equal(listed.code, 0, listed.err);
  assert.match(listed.out, new RegExp(`^[0-9a-f-]{36}  ${url}$`, 'm'));
  assert.match(listed.out, /tried once, next try in \d+ s/);
  assert.match(listed.out, /could not reach/);
  const pending = JSON.parse((await lectern(['pending', '--json', '--data-dir', dataDir])).out) as { id: string; url: string; attempts: number }[];
  assert.equal(pending.length, 1);
  assert.equal(pending[0]?.attempts, 1);

  // Still unreachable: retry by id prefix reports it and exits 1; the link stays.
  const again = await lectern(['retry', pending[0]!.id.slice(0, 8), '--data-dir', dataDir]);
  assert.equal(again.code, 1);
  assert.match(again.err, /1 of 1 link is still not saved/);
  const unknown = await lectern(['retry', 'nope', '--data-dir', dataDir]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No pending link has the id "nope"/);

  // The server comes up on that very port: retrying everything saves the link and empties the list.
  const late = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(simpleArticle('Back online')));
  await new Promise<void>((resolve) => late.listen(port, '127.0.0.1', resolve));
  try {
    const back = await lectern(['retry', '--data-dir', dataDir]);
    assert.equal(back.code, 0, back.err);
    assert.match(back.out, /^[0-9a-f-]{36}$/);
  } finally {
    late.closeAllConnections();
    await new Promise((resolve) => late.close(resolve));
  }
  assert.equal((await lectern(['pending', '--data-dir', dataDir])).out, 'No links are waiting to be saved.');
  const titles = (JSON.parse((await lectern(['list', '--json', '--data-dir', dataDir])).out) as { title: string }[]).map((a) => a.title);
  assert.ok(titles.includes('Back online'));

  const empty = await lectern(['retry', 'nope', '--data-dir', dataDir]);
  assert.equal(empty.code, 1);
  assert.match(empty.err, /nothing called "nope" to retry/);
});

test('a page with no article suggests --whole-page, and retry --whole-page keeps it', async () => {
  const dataDir = await tempDir();
  const failed = await lectern(['add', server.url('/login'), '--data-dir', dataDir]);
  assert.equal(failed.code, 1);
  assert.match(failed.err, /save the whole page\?/);
  assert.match(failed.err, /--whole-page saves the whole page instead/);
  const pending = JSON.parse((await lectern(['pending', '--json', '--data-dir', dataDir])).out) as { id: string; nextRetryAt: string | null }[];
  assert.equal(pending[0]?.nextRetryAt, null, 'no automatic retries for a page without an article');
  const whole = await lectern(['retry', pending[0]!.id, '--whole-page', '--data-dir', dataDir]);
  assert.equal(whole.code, 0, whole.err);
  assert.match(whole.out, /^[0-9a-f-]{36}$/);
  assert.equal((await lectern(['pending', '--data-dir', dataDir])).out, 'No links are waiting to be saved.');
});

test('404, PDF and metadata addresses each say what happened; a named page on this computer is saved', async () => {
  const dataDir = await tempDir();
  const result = await lectern(['add', server.url('/404'), server.url('/pdf'), '--data-dir', dataDir]);
  assert.equal(result.code, 1);
  assert.match(result.err, /has no page at this address \(404\)/);
  assert.match(result.err, /This link is a PDF, not a web page/);
  const blocked = await lectern(['add', 'http://169.254.169.254/latest/meta-data/', '--data-dir', await tempDir()], { local: false });
  assert.equal(blocked.code, 1);
  assert.match(blocked.err, /is a cloud metadata address/);
  const local = await lectern(['add', server.url('/simple'), '--data-dir', await tempDir()], { local: false });
  assert.equal(local.code, 0, local.err);
});

test('--whole-page without any link is a usage error', async () => {
  const result = await lectern(['add', 'notes.md', '--whole-page', '--data-dir', await tempDir()]);
  assert.equal(result.code, 2);
});

test('due times read as people say them', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  assert.equal(describeDue(null, now), 'waits for you');
  assert.equal(describeDue('2026-01-01T11:59:00Z', now), 'due now');
  assert.equal(describeDue('2026-01-01T12:00:30Z', now), 'next try in 30 s');
  assert.equal(describeDue('2026-01-01T12:10:00Z', now), 'next try in 10 min');
  assert.equal(describeDue('2026-01-01T15:00:00Z', now), 'next try in 3 h');
  assert.equal(describeDue('2026-01-04T12:00:00Z', now), 'next try in 3 days');
});
