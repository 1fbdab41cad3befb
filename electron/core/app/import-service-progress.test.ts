import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventMap, LecternEvent } from '../../shared/events.ts';
import { IMPORT_SPANS } from '../../shared/import-steps.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

const PAGE = `<!doctype html><html><head><title>Harbour</title></head><body><article>${'<p>The committee met again on Thursday to consider the plans for the harbour.</p>'.repeat(30)}</article></body></html>`;

async function openCore() {
  const dataDir = await tempDir();
  const core = await createCore({ dataDir, rendererDir: '', owner: 'a test' });
  const progress: EventMap['import.progress'][] = [];
  const names: string[] = [];
  core.events.on((event: LecternEvent) => {
    names.push(event.name);
    if (event.name === 'import.progress') progress.push(event.payload);
  });
  return { core, dataDir, progress, names };
}

test('a file the window sends reports its phases as window progress, in order, before the article is added', async () => {
  const { core, progress, names } = await openCore();
  const added = await core.dispatch('articles.importFile', { name: 'harbour.html', dataBase64: Buffer.from(PAGE).toString('base64') });
  assert.ok(added.ok, JSON.stringify(added));
  assert.deepEqual(progress.map((p) => p.step?.phase), ['decoding', 'extracting', 'extracting', 'saving']);
  assert.ok(progress.every((p) => p.origin === 'window' && p.current === 'harbour.html' && p.done === 0 && p.total === 1));
  const fractions = progress.map((p) => p.step!.fraction);
  assert.equal(fractions[0], IMPORT_SPANS.readingEnds);
  assert.equal(fractions.at(-1), IMPORT_SPANS.savingStarts);
  for (const [i, f] of fractions.entries()) if (i > 0) assert.ok(f >= fractions[i - 1]!, fractions.join(' '));
  assert.ok(names.lastIndexOf('import.progress') < names.indexOf('library.changed'), names.join(' '));
  await core.close();
});

test('a run the shell starts reports each file from reading on, counted in the run', async () => {
  const { core, dataDir, progress, names } = await openCore();
  await writeFile(join(dataDir, 'harbour.html'), PAGE);
  await writeFile(join(dataDir, 'note.md'), '# A note\n\nWorth keeping.');
  const batch = await core.dispatch('articles.importPaths', { paths: [join(dataDir, 'harbour.html'), join(dataDir, 'missing.md'), join(dataDir, 'note.md')] });
  assert.ok(batch.ok);
  const seen = progress.map((p) => `${p.done}/${p.total} ${p.current} ${p.step?.phase}`);
  assert.deepEqual(seen, [
    '0/3 harbour.html reading', '0/3 harbour.html decoding', '0/3 harbour.html extracting', '0/3 harbour.html extracting', '0/3 harbour.html saving',
    '1/3 missing.md reading',
    '2/3 note.md reading', '2/3 note.md decoding', '2/3 note.md extracting', '2/3 note.md extracting', '2/3 note.md saving',
  ]);
  assert.ok(progress.every((p) => p.origin === 'shell'));
  assert.equal(progress[0]!.step!.fraction, 0);
  assert.equal(names.at(-1), 'import.finished');
  await core.close();
});
