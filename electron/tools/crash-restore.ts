// Crash harness for restore (issue 12): forks a child that restores a backup, kills it with SIGKILL at a
// random moment, then opens the library's files the way Lectern does (finishing or undoing an interrupted
// restore first) and checks that every database file parses and that the whole set is either the old
// state or the backup's, never a mix. 30 trials; exits 1 on any torn file or mixed state.
// Run: npm run test:crash-restore   (or node electron/tools/crash-restore.ts [trials])
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreBackup } from '../core/library/backups.ts';
import { DATABASE_FILES } from '../core/library/data-files.ts';
import { recoverInterruptedRestore } from '../core/library/restore-swap.ts';
import { articleText } from '../core/annotations/article-text.ts';
import { createCore } from '../core/create-core.ts';
import { runChild } from './crash-child.ts';

const BACKUP_ID = '2026-01-01T00-00-00-000Z';
const ARTICLES = 4000;

/** One state of the database: file name to content; a missing name means the file is absent. */
type DatabaseState = Record<string, string>;
type Json = Record<string, unknown>;

/**
 * The database files of a real library (one article, a highlight, a note), written by core, so that they
 * pass the loader's schemas as a backup must before it is restored.
 */
async function realFiles(): Promise<Record<string, Json>> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-crash-base-'));
  const core = await createCore({ dataDir: dir, rendererDir: '', owner: 'the crash harness' });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.message}`);
    return result.value as T;
  };
  const { id } = await call<{ id: string }>('articles.importText', { text: 'Base\n\nThe river ran slowly past the mill.', format: 'text', title: 'Base' });
  const text = articleText(await readFile(join(dir, 'articles', id, 'body.html'), 'utf8'));
  const start = text.indexOf('river');
  await call('highlights.create', { articleId: id, start, end: start + 5, color: 'yellow', tags: ['tide'] });
  await call('notes.save', { id, note: 'A note on the base article.' });
  await core.close();
  const files: Record<string, Json> = {};
  for (const file of DATABASE_FILES) {
    try {
      files[file.name] = JSON.parse(await readFile(join(dir, file.name), 'utf8')) as Json;
    } catch {
      /* not written by this library */
    }
  }
  await rm(dir, { recursive: true, force: true });
  return files;
}

/** The real files grown to thousands of records (so a restore takes long enough to be hit), labelled. */
function databaseState(base: Record<string, Json>, label: string, withTags: boolean): DatabaseState {
  const library = base['library.json'] as { articles: Json[] };
  const highlights = base['highlights.json'] as { highlights: Record<string, Json[]> };
  const notes = base['annotations.json'] as { notes: Record<string, Json> };
  const [article] = library.articles;
  const [highlight] = Object.values(highlights.highlights)[0] ?? [];
  const [note] = Object.values(notes.notes);
  const ids = Array.from({ length: ARTICLES }, () => randomUUID());
  const some = ids.slice(0, ARTICLES / 4);
  const state: DatabaseState = Object.fromEntries(Object.entries(base).map(([name, data]) => [name, JSON.stringify(data)]));
  state['library.json'] = JSON.stringify({ ...library, articles: ids.map((id, index) => ({ ...article, id, title: `${label} article ${index}` })) });
  state['highlights.json'] = JSON.stringify({ ...highlights, highlights: Object.fromEntries(some.map((id) => [id, [{ ...highlight, id: randomUUID(), articleId: id }]])) });
  state['annotations.json'] = JSON.stringify({ ...notes, notes: Object.fromEntries(some.map((id) => [id, { ...note, text: `${label} note` }])) });
  if (withTags) state['tags.json'] = JSON.stringify({ schemaVersion: 1, colors: [] });
  else delete state['tags.json'];
  return state;
}

async function writeState(dir: string, state: DatabaseState): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(state)) await writeFile(join(dir, name), content);
}

/** Forks the child restore; resolves with its duration, or 'killed' when it was killed after delayMs. */
async function runRestoreChild(dataDir: string, delayMs: number | null): Promise<number | 'killed'> {
  const run = await runChild(fileURLToPath(import.meta.url), ['--child', dataDir], delayMs);
  const finished = run.messages.find((message) => (message as { duration?: number }).duration !== undefined) as { duration: number } | undefined;
  return finished ? finished.duration : 'killed';
}

interface TrialResult {
  torn: string[];
  outcome: 'old' | 'new' | 'mixed';
}

async function checkTrial(dataDir: string, old: DatabaseState, next: DatabaseState): Promise<TrialResult> {
  await recoverInterruptedRestore(dataDir);
  const names = new Set([...Object.keys(old), ...Object.keys(next)]);
  const torn: string[] = [];
  let matchesOld = true;
  let matchesNew = true;
  for (const name of names) {
    let content: string | undefined;
    try {
      content = await readFile(join(dataDir, name), 'utf8');
      JSON.parse(content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') torn.push(name);
    }
    if (content !== old[name]) matchesOld = false;
    if (content !== next[name]) matchesNew = false;
    if (content !== undefined && content !== old[name] && content !== next[name] && !torn.includes(name)) torn.push(name);
  }
  const leftovers = (await readdir(dataDir)).filter((name) => name.startsWith('.restore'));
  torn.push(...leftovers);
  return { torn, outcome: matchesNew ? 'new' : matchesOld ? 'old' : 'mixed' };
}

async function runHarness(trials: number): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'lectern-crash-restore-'));
  const base = await realFiles();
  const old = databaseState(base, 'old', true);
  const next = databaseState(base, 'new', false);
  const fresh = async (trial: number) => {
    const dataDir = join(root, `t${trial}`);
    await writeState(dataDir, old);
    await writeState(join(dataDir, 'backups', BACKUP_ID), next);
    return dataDir;
  };
  // The first restore runs cold; the median of three is what the trials will see.
  const timings: number[] = [];
  for (const run of [-1, -2, -3]) {
    const timing = await runRestoreChild(await fresh(run), null);
    if (typeof timing === 'number') timings.push(timing);
  }
  const duration = timings.sort((a, b) => a - b)[1] ?? 50;
  const tally = { old: 0, new: 0, mixed: 0, tornFiles: 0, killedMidway: 0 };
  for (let trial = 0; trial < trials; trial++) {
    const dataDir = await fresh(trial);
    // Most kills land inside the restore; a few just after it, which must read as the new state.
    const delay = Math.random() * duration * 1.15;
    if ((await runRestoreChild(dataDir, delay)) === 'killed') tally.killedMidway++;
    const result = await checkTrial(dataDir, old, next);
    tally[result.outcome]++;
    tally.tornFiles += result.torn.length;
    if (result.torn.length > 0 || result.outcome === 'mixed') console.error(`trial ${trial}: ${result.outcome}, torn: ${result.torn.join(', ') || 'none'}`);
    await rm(dataDir, { recursive: true, force: true });
  }
  await rm(root, { recursive: true, force: true });
  console.log(JSON.stringify({ trials, restoreMs: Math.round(duration), ...tally }));
  if (tally.tornFiles > 0 || tally.mixed > 0) process.exitCode = 1;
}

async function runChildRestore(dataDir: string): Promise<void> {
  process.send?.({ started: true });
  const started = performance.now();
  const refusal = await restoreBackup(dataDir, BACKUP_ID);
  if (refusal) throw new Error(refusal);
  process.send?.({ duration: performance.now() - started });
  process.disconnect?.();
}

if (process.argv[2] === '--child') await runChildRestore(process.argv[3] ?? '');
else await runHarness(Number(process.argv[3] ?? process.argv[2] ?? 30));
