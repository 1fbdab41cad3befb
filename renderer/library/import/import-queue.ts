/**
 * Imports files one by one: refuse oversize files before reading them, read each as bytes, encode in
 * yielding chunks, send with articles.importFile. Progress and failures are signals the UI draws; the
 * window stays responsive because nothing big happens in one synchronous step. A run the shell started
 * (File › Open, files dropped on the dock icon) ends the same way: one toast, and the failures list.
 */
import { signal } from '@preact/signals';
import { ErrorCode } from '../../../electron/shared/errors.ts';
import type { EventMap } from '../../../electron/shared/events.ts';
import { importSizeProblem } from '../../../electron/shared/import-limit.ts';
import type { ArticleSummary, ImportFailure } from '../../../electron/shared/models.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { openArticle } from '../../app/navigation.ts';
import { bytesToBase64Async } from './base64.ts';

/** What the toast needs of an article that arrived. */
type Added = Pick<ArticleSummary, 'id' | 'title'>;

type ImportProgress = EventMap['import.progress'];

/** The run started here (drop, picker, paste of files); null when idle. */
export const appImport = signal<ImportProgress | null>(null);
/** A run the shell started (File > Open, CLI), reported through 'import.progress' events. */
export const shellImport = signal<ImportProgress | null>(null);
/** Failures of the last runs, listed until dismissed. */
export const importFailures = signal<readonly ImportFailure[]>([]);

const queue: File[] = [];
let running = false;
let run = { succeeded: [] as Added[], failed: [] as ImportFailure[], done: 0, total: 0 };

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
  }
  running = false;
  finish();
}

async function importOne(file: File): Promise<{ article: ArticleSummary } | ImportFailure> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { name: file.name, code: ErrorCode.fileTooLarge, message: tooLarge };
  let dataBase64: string;
  try {
    dataBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return { name: file.name, code: ErrorCode.io, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  const result = await call('articles.importFile', { name: file.name, dataBase64 });
  return result.ok ? { article: result.value } : { name: file.name, code: result.code, message: result.message };
}

function finish(): void {
  const { succeeded, failed } = run;
  run = { succeeded: [], failed: [], done: 0, total: 0 };
  appImport.value = null;
  report(succeeded, failed);
}

/** The end of any run, started here or by the shell: failures join the list, and one toast sums it up. */
function report(succeeded: readonly Added[], failed: readonly ImportFailure[]): void {
  if (failed.length > 0) importFailures.value = [...importFailures.value, ...failed];
  announce(succeeded, failed);
}

/** One toast for the whole run: what arrived, and what did not and why. */
export function announce(succeeded: readonly Added[], failed: readonly ImportFailure[]): void {
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

/** Mirrors 'import.progress' events of a run the shell started. */
export function onShellImportProgress(progress: ImportProgress): void {
  shellImport.value = progress;
}

/** A run the shell started has finished ('import.finished'): reported as a run started here would be. */
export function onShellImportFinished({ added, failed }: EventMap['import.finished']): void {
  shellImport.value = null;
  report(added, failed);
}
