// Crash harness for the library (issue 11): one library, N trials (default 30). Each trial forks a child
// (crash-library-child.ts) that imports articles and saves notes, highlights and progress, and kills it with
// SIGKILL at a random moment. Then the library is opened as Lectern opens it and checked: it opens, every write
// the child acknowledged is there (a later write it only began may have landed too), no article is half-written,
// and no leftover (temp file, partial folder) is left in place. Prints the tally; exits 1 on any loss.
// Run: npm run test:crash   (or node electron/tools/crash-library.ts [trials])
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnchoredHighlight, Article, LibraryState } from '../shared/models.ts';
import { createCore } from '../core/create-core.ts';
import { runChild } from './crash-child.ts';
import { runCrashChild, type CrashWrite } from './crash-library-child.ts';

/** What must be there: acknowledged imports and highlights, and per article the last acknowledged note and progress. */
interface Model {
  articles: Set<string>;
  highlights: Map<string, string>;
  /** Article id to the values that may be there: the last acknowledged one, then any begun after it. */
  notes: Map<string, string[]>;
  progress: Map<string, (number | null)[]>;
}

/** Folds one trial's INTENT/ACK lines into the model. */
function learn(model: Model, lines: string[]): number {
  let acks = 0;
  for (const line of lines) {
    const [kind, ...rest] = line.split(' ');
    if (kind !== 'INTENT' && kind !== 'ACK') continue;
    const write = JSON.parse(rest.join(' ')) as CrashWrite;
    if (kind === 'ACK') acks++;
    // A write only begun may or may not have landed: until its ack, what was there before (none: unset) is allowed too.
    const settle = <V>(map: Map<string, V[]>, id: string, value: V, unset: V) => map.set(id, kind === 'ACK' ? [value] : [...(map.get(id) ?? [unset]), value]);
    if (write.op === 'note') settle(model.notes, write.id, write.note, '');
    else if (write.op === 'progress') settle(model.progress, write.id, write.fraction, null);
    else if (kind === 'ACK' && write.op === 'import' && write.id) model.articles.add(write.id);
    else if (kind === 'ACK' && write.op === 'highlight' && write.highlightId) model.highlights.set(write.highlightId, write.id);
  }
  return acks;
}

/** Temp files and record-less folders still in the live library after it opened (it should have moved them aside). */
async function leftoversInPlace(dataDir: string, ids: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, top: boolean): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (top && /^(backups|damaged-.*|orphans-.*)$/.test(entry.name)) continue;
      if (entry.isDirectory()) await walk(join(dir, entry.name), false);
      else if (entry.name.endsWith('.tmp')) found.push(join(dir, entry.name));
    }
  };
  await walk(dataDir, true);
  for (const id of await readdir(join(dataDir, 'articles'))) if (!ids.has(id)) found.push(`articles/${id} (no record)`);
  return found;
}

/** Opens the library after a kill and lists every loss, half-written article and leftover. */
async function checkLibrary(dataDir: string, model: Model): Promise<{ problems: string[]; notice: string | null }> {
  const core = await createCore({ dataDir, rendererDir: '', owner: 'the crash harness' });
  const problems: string[] = [];
  const call = async <T>(method: string, input: unknown): Promise<T | null> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) problems.push(`${method} ${JSON.stringify(input)}: ${result.message}`);
    return result.ok ? (result.value as T) : null;
  };
  try {
    const state = await call<LibraryState>('library.status', {});
    if (state?.state !== 'ok') return { problems: [`the library did not open: ${JSON.stringify(state)}`], notice: null };
    const listed = new Set<string>();
    for (let offset = 0; ; offset += 500) {
      const page = await call<{ items: { id: string }[]; total: number }>('articles.list', { offset, limit: 500, sort: 'saved', filter: 'all' });
      for (const item of page?.items ?? []) listed.add(item.id);
      if (!page || offset + 500 >= page.total) break;
    }
    for (const id of model.articles) if (!listed.has(id)) problems.push(`lost article ${id}`);
    for (const id of listed) {
      const body = await readFile(join(dataDir, 'articles', id, 'body.html'), 'utf8').catch(() => '');
      const meta = await readFile(join(dataDir, 'articles', id, 'meta.json'), 'utf8').then((text) => JSON.parse(text) as unknown, () => null);
      if (body === '' || meta === null) problems.push(`article ${id} is half-written`);
      model.articles.add(id); // an import begun and finished on disk before the kill is now the library's too
    }
    for (const [id, allowed] of model.notes) {
      const article = await call<Article>('articles.get', { id });
      if (!article) continue;
      if (!allowed.includes(article.note)) problems.push(`note of ${id} is ${JSON.stringify(article.note)}, expected one of ${JSON.stringify(allowed)}`);
      model.notes.set(id, [article.note]);
    }
    for (const [id, allowed] of model.progress) {
      const article = await call<Article>('articles.get', { id });
      if (!article) continue;
      const fraction = article.progress?.fraction ?? null;
      if (!allowed.includes(fraction)) problems.push(`progress of ${id} is ${fraction}, expected one of ${JSON.stringify(allowed)}`);
      model.progress.set(id, [fraction]);
    }
    const byArticle = new Map<string, Set<string>>();
    for (const [highlightId, id] of model.highlights) {
      if (!byArticle.has(id)) byArticle.set(id, new Set((await call<AnchoredHighlight[]>('highlights.list', { articleId: id }))?.map((h) => h.id)));
      if (!byArticle.get(id)?.has(highlightId)) problems.push(`lost highlight ${highlightId} on ${id}`);
    }
    problems.push(...(await leftoversInPlace(dataDir, listed)).map((path) => `leftover in place: ${path}`));
    return { problems, notice: state.message ?? null };
  } finally {
    await core.close();
  }
}

async function runHarness(trials: number): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-crash-library-'));
  const model: Model = { articles: new Set(), highlights: new Map(), notes: new Map(), progress: new Map() };
  const tally = { trials, killed: 0, acknowledged: 0, lost: 0, trialsWithRecoveryNotice: 0 };
  for (let trial = 0; trial < trials; trial++) {
    const run = await runChild(fileURLToPath(import.meta.url), ['--child', dataDir, String(trial)], 150 + Math.random() * 1500);
    if (run.killed) tally.killed++;
    tally.acknowledged += learn(model, run.lines);
    const { problems, notice } = await checkLibrary(dataDir, model);
    if (notice) tally.trialsWithRecoveryNotice++;
    tally.lost += problems.length;
    for (const problem of problems) console.error(`trial ${trial}: ${problem}`);
  }
  // A library that lost something is kept for a look; a clean one is removed.
  if (tally.lost > 0) console.error(`the library is kept in ${dataDir}`);
  else await rm(dataDir, { recursive: true, force: true });
  console.log(JSON.stringify(tally));
  if (tally.lost > 0) process.exitCode = 1;
}

if (process.argv[2] === '--child') await runCrashChild(process.argv[3] ?? '', process.argv[4] ?? '0');
else await runHarness(Number(process.argv[2] ?? 30));
