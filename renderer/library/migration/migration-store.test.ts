import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportPreview, ImportReport } from '../../../electron/shared/models-migration.ts';
import { dismissToast, toasts } from '../../ui/toast-store.ts';
import { announceImport, shownReport } from './import-announce.ts';
import { cancelPreview, migrationStage, onMigrationProgress, onShellPreview, previewExports, startImport } from './migration-store.ts';

type Call = { method: string; input: Record<string, unknown> };
const calls: Call[] = [];
const answers = new Map<string, (input: Record<string, unknown>) => unknown>();
let releaseRun: (() => void) | null = null;

// A bridge that answers from a table; migration.run waits until the test lets it finish.
(globalThis as unknown as { window: unknown }).window = {
  lectern: {
    shell: 'browser',
    invoke: async (method: string, input: Record<string, unknown>) => {
      calls.push({ method, input });
      if (method === 'migration.run') await new Promise<void>((resolve) => (releaseRun = resolve));
      const answer = answers.get(method);
      return answer ? answer(input) : { ok: true, value: {} };
    },
    onEvent: () => () => {},
    onCommand: () => () => {},
  },
};

const preview = (importId: string, fileName: string): ImportPreview => ({
  importId,
  fileName,
  format: 'pocket',
  formatLabel: 'Pocket export (2024–25)',
  articles: 3,
  withContent: 0,
  highlights: 2,
  notes: 0,
  tags: 1,
  newTags: 1,
  duplicatesInFile: 0,
  alreadyInLibrary: 0,
  skipped: 1,
  skippedSample: [],
  sampleTitles: ['On rivers'],
  caveats: [],
  importedBefore: null,
});

const report = (importId: string): ImportReport => ({
  importId,
  fileName: 'pocket.zip',
  format: 'pocket',
  formatLabel: 'Pocket export (2024–25)',
  startedAt: '2026-01-01T10:00:00Z',
  finishedAt: '2026-01-01T10:00:05Z',
  added: 3,
  enriched: 0,
  highlights: 2,
  highlightsWaiting: 2,
  queuedForDownload: 0,
  skipped: [{ where: 'part_000000.csv line 4', url: 'mailto:x@y.org', title: null, reason: 'Not a web address.' }],
  failed: [],
  undoable: true,
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const methods = () => calls.map((c) => c.method);

afterEach(() => {
  for (const toast of toasts.value) dismissToast(toast.id);
  calls.length = 0;
  answers.clear();
});

test('an export over the window’s limit is refused before it is read, and says how else to import it', async () => {
  let read = false;
  const huge = { name: 'omnivore.zip', size: 300 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) } as unknown as File;
  previewExports([huge]);
  await settle();
  assert.equal(read, false);
  assert.deepEqual(methods(), []);
  assert.equal(migrationStage.value.kind, 'idle');
  assert.match(toasts.value.at(-1)!.message, /^omnivore\.zip is 300 MB; the window can read exports up to 256 MB\. .*lectern import "omnivore\.zip"/);
});

test('exports are previewed one at a time; Cancel forgets the file and the next one is read', async () => {
  let n = 0;
  answers.set('migration.preview', (input) => ({ ok: true, value: preview(`import-id-${++n}`, String(input.name)) }));
  previewExports([new File(['title,url'], 'pocket.zip'), new File(['{}'], 'karakeep.json')]);
  await settle();
  const stage = migrationStage.value;
  assert.equal(stage.kind === 'preview' && stage.preview.fileName, 'pocket.zip');
  assert.deepEqual(calls[0]!.input, { name: 'pocket.zip', dataBase64: Buffer.from('title,url').toString('base64') });

  cancelPreview();
  await settle();
  assert.deepEqual(calls[1], { method: 'migration.discard', input: { importId: 'import-id-1' } });
  const next = migrationStage.value;
  assert.equal(next.kind === 'preview' && next.preview.fileName, 'karakeep.json');
  cancelPreview();
  await settle();
  assert.equal(migrationStage.value.kind, 'idle');
});

test('Import runs the previewed file, follows its progress, and sums it up once with Undo and Report…', async () => {
  answers.set('migration.preview', () => ({ ok: true, value: preview('import-id-run', 'pocket.zip') }));
  answers.set('migration.run', () => ({ ok: true, value: report('import-id-run') }));
  answers.set('migration.undo', () => ({ ok: true, value: { removed: 3 } }));
  previewExports([new File(['x'], 'pocket.zip')]);
  await settle();

  const running = startImport(false);
  await settle();
  assert.deepEqual(calls.at(-1), { method: 'migration.run', input: { importId: 'import-id-run', fetch: false } });
  onMigrationProgress({ importId: 'someone-else', phase: 'writing', done: 9, total: 9 });
  onMigrationProgress({ importId: 'import-id-run', phase: 'writing', done: 2, total: 3 });
  const stage = migrationStage.value;
  assert.deepEqual(stage.kind === 'running' && stage.progress, { phase: 'writing', done: 2, total: 3 });

  announceImport(report('import-id-run')); // 'migration.finished' may arrive before the answer
  releaseRun!();
  await running;
  assert.equal(migrationStage.value.kind, 'idle');
  assert.equal(toasts.value.length, 1);
  const toast = toasts.value[0]!;
  assert.equal(toast.message, 'Imported 3 articles from Pocket · 2 highlights · 1 not imported');
  assert.equal(toast.secondary?.label, 'Report…');
  await toast.secondary!.run();
  assert.equal(shownReport.value?.importId, 'import-id-run');

  await toast.action!.run();
  assert.deepEqual(calls.at(-1), { method: 'migration.undo', input: { importId: 'import-id-run' } });
  assert.equal(toasts.value.at(-1)!.message, 'Undid the import from Pocket: 3 articles removed');
});

test('a file core cannot read is explained, and nothing waits', async () => {
  answers.set('migration.preview', () => ({ ok: false, code: 'UNSUPPORTED_FILE', message: 'notes.csv is not an export Lectern recognises.' }));
  previewExports([new File(['a,b'], 'notes.csv')]);
  await settle();
  assert.equal(migrationStage.value.kind, 'idle');
  assert.equal(toasts.value.at(-1)!.message, 'Could not import notes.csv: notes.csv is not an export Lectern recognises.');
  assert.equal(toasts.value.at(-1)!.tone, 'error');
});

test('a file chosen in the shell’s own dialog shows as being read, then as its preview; one it cannot read is explained', async () => {
  onShellPreview({ fileName: 'pocket-2025.zip', state: 'reading' });
  assert.deepEqual(migrationStage.value, { kind: 'reading', fileName: 'pocket-2025.zip', progress: null });
  onShellPreview({ fileName: 'pocket-2025.zip', state: 'ready', preview: preview('import-id-shell', 'pocket-2025.zip') });
  await settle();
  const stage = migrationStage.value;
  assert.equal(stage.kind === 'preview' && stage.preview.importId, 'import-id-shell');
  assert.deepEqual(methods(), [], 'nothing read or sent from the window');

  // A second one waits behind the preview on screen.
  onShellPreview({ fileName: 'later.zip', state: 'ready', preview: preview('import-id-later', 'later.zip') });
  cancelPreview();
  await settle();
  const next = migrationStage.value;
  assert.equal(next.kind === 'preview' && next.preview.importId, 'import-id-later');
  cancelPreview();
  await settle();

  onShellPreview({ fileName: 'notes.json', state: 'reading' });
  onShellPreview({ fileName: 'notes.json', state: 'failed', message: 'notes.json is not an export Lectern recognises.' });
  assert.equal(migrationStage.value.kind, 'idle');
  assert.equal(toasts.value.at(-1)!.message, 'Could not import notes.json: notes.json is not an export Lectern recognises.');
});
