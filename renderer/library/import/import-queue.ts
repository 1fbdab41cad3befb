/**
 * Imports files one by one: refuse oversize files before reading them, read each as bytes, encode in
 * yielding chunks, send with articles.importFile. Progress and failures are signals the UI draws; the
 * window stays responsive because nothing big happens in one synchronous step.
 */
import { signal } from '@preact/signals';
import { importSizeProblem } from '../../../electron/shared/import-limit.ts';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { openArticle } from '../../app/navigation.ts';
import { refreshSoon } from '../library-store.ts';
import { bytesToBase64Async } from './base64.ts';

export interface ImportFailure {
  name: string;
  message: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

/** The run started here (drop, picker, paste of files); null when idle. */
export const appImport = signal<ImportProgress | null>(null);
/** A run the shell started (File > Open, CLI), reported through 'import.progress' events. */
export const shellImport = signal<ImportProgress | null>(null);
/** Failures of the last runs, listed until dismissed. */
export const importFailures = signal<readonly ImportFailure[]>([]);

const queue: File[] = [];
let running = false;
let run = { succeeded: [] as ArticleSummary[], failed: [] as ImportFailure[], done: 0, total: 0 };

/** Adds files to the queue; a run already going simply grows. */
export function importFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  queue.push(...files);
  run.total += files.length;
  appImport.value = { done: run.done, total: run.total, current: appImport.value?.current ?? null };
  if (!running) void drain();
}

async function drain(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    const file = queue.shift()!;
    appImport.value = { done: run.done, total: run.total, current: file.name };
    const outcome = await importOne(file);
    if ('article' in outcome) run.succeeded.push(outcome.article);
    else run.failed.push(outcome);
    run.done++;
    appImport.value = { done: run.done, total: run.total, current: null };
    refreshSoon();
  }
  running = false;
  finish();
}

async function importOne(file: File): Promise<{ article: ArticleSummary } | ImportFailure> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { name: file.name, message: tooLarge };
  let dataBase64: string;
  try {
    dataBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return { name: file.name, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  const result = await call('articles.importFile', { name: file.name, dataBase64 });
  if (!result.ok) return { name: file.name, message: result.message };
  if (!result.value.ok || !result.value.article) {
    return { name: file.name, message: result.value.message ?? 'Lectern could not make an article of it.' };
  }
  return { article: result.value.article };
}

function finish(): void {
  const { succeeded, failed } = run;
  run = { succeeded: [], failed: [], done: 0, total: 0 };
  appImport.value = null;
  if (failed.length > 0) importFailures.value = [...importFailures.value, ...failed];
  announce(succeeded, failed);
}

/** One toast for the whole run: what arrived, and what did not and why. */
export function announce(succeeded: readonly ArticleSummary[], failed: readonly ImportFailure[]): void {
  const first = succeeded[0];
  if (failed.length === 0 && succeeded.length === 1 && first) {
    showToast(`Added “${first.title}”`, { tone: 'success', action: { label: 'Open', run: () => openArticle(first.id) } });
  } else if (failed.length === 0) {
    showToast(`Added ${succeeded.length} articles`, { tone: 'success' });
  } else if (failed.length === 1 && succeeded.length === 0) {
    showToast(`Could not import ${failed[0]!.name}: ${failed[0]!.message}`, { tone: 'error' });
  } else {
    const added = succeeded.length > 0 ? `Added ${succeeded.length} of ${succeeded.length + failed.length} files. ` : '';
    showToast(`${added}${failed.length} could not be imported: ${failed.map((f) => f.name).join(', ')}. See the list for why.`, {
      tone: 'error',
    });
  }
}

export function dismissFailures(): void {
  importFailures.value = [];
}

/** Mirrors 'import.progress' events; the run ends when done reaches total. */
export function onShellImportProgress(progress: ImportProgress): void {
  shellImport.value = progress.done >= progress.total ? null : progress;
  refreshSoon();
}
