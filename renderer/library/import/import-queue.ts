/**
 * Imports files one by one: refuse oversize files before reading them, read each as bytes, encode in
 * yielding chunks, send with articles.importFile. Progress and failures are signals the UI draws; the
 * window stays responsive because nothing big happens in one synchronous step. A file's progress is the
 * window's own while it reads the file, then core's phases ('import.progress' with origin 'window').
 * A run the shell started (File › Open, files dropped on the dock icon) ends the same way: one toast, and
 * the failures list.
 */
import { signal } from '@preact/signals';
import { ErrorCode } from '../../../electron/shared/errors.ts';
import type { EventMap } from '../../../electron/shared/events.ts';
import { importSizeProblem } from '../../../electron/shared/import-limit.ts';
import { IMPORT_SPANS } from '../../../electron/shared/import-steps.ts';
import type { ArticleSummary, ImportFailure } from '../../../electron/shared/models.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { openArticle } from '../../app/navigation.ts';
import { ImportProgressView, type FileProgress } from './import-progress-view.ts';
import { readFileAsBase64 } from './read-file-base64.ts';

/** What the toast needs of an article that arrived. */
type Added = Pick<ArticleSummary, 'id' | 'title'>;

type ImportProgress = EventMap['import.progress'];

/** The run started here (drop, picker, paste of files). */
export const appImport = new ImportProgressView();
/** A run the shell started (File > Open, CLI), reported through 'import.progress' events. */
export const shellImport = new ImportProgressView();
/** Failures of the last runs, listed until dismissed. */
export const importFailures = signal<readonly ImportFailure[]>([]);

const queue: File[] = [];
let running = false;
let run = { succeeded: [] as Added[], failed: [] as ImportFailure[], done: 0, total: 0, file: null as FileProgress | null };

/** Adds files to the queue; a run already going simply grows. */
export function importFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  queue.push(...files);
  run.total += files.length;
  showRun();
  if (!running) void drain();
}

function showRun(): void {
  appImport.update({ done: run.done, total: run.total, file: run.file });
}

/** The file in hand moved on; the bar is told only of steps it can see (a hundredth of the file or a new phase). */
function stepFile(file: FileProgress): void {
  const last = run.file;
  if (last && last.name === file.name && last.phase === file.phase && file.fraction - last.fraction < 0.01) return;
  run.file = file;
  showRun();
}

async function drain(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    const file = queue.shift()!;
    stepFile({ name: file.name, phase: 'reading', fraction: 0, bytes: { done: 0, total: file.size } });
    const outcome = await importOne(file);
    if ('article' in outcome) run.succeeded.push(outcome.article);
    else run.failed.push(outcome);
    run.done++;
    run.file = null;
    showRun();
  }
  running = false;
  finish();
}

async function importOne(file: File): Promise<{ article: ArticleSummary } | ImportFailure> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { name: file.name, code: ErrorCode.fileTooLarge, message: tooLarge };
  let dataBase64: string;
  try {
    dataBase64 = await readFileAsBase64(file, ({ read, size, fraction }) =>
      stepFile({ name: file.name, phase: 'reading', fraction: fraction * IMPORT_SPANS.readingEnds, bytes: { done: read, total: size } }),
    );
  } catch (error) {
    return { name: file.name, code: ErrorCode.io, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  const result = await call('articles.importFile', { name: file.name, dataBase64 });
  return result.ok ? { article: result.value } : { name: file.name, code: result.code, message: result.message };
}

function finish(): void {
  const { succeeded, failed } = run;
  run = { succeeded: [], failed: [], done: 0, total: 0, file: null };
  appImport.finish();
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

/**
 * 'import.progress' from core: for a file this window sent, the phase of the file in hand; otherwise a run the
 * shell started, mirrored on its own bar.
 */
export function onShellImportProgress({ done, total, current, step, origin }: ImportProgress): void {
  if (origin === 'window') {
    // Only the file in hand here: another window's import, or a step arriving late, is not this bar's.
    if (step && current && run.file?.name === current) stepFile({ name: current, ...step });
    return;
  }
  shellImport.update({ done, total, file: current ? { name: current, phase: step?.phase ?? 'reading', fraction: step?.fraction ?? 0 } : null });
}

/** A run the shell started has finished ('import.finished'): reported as a run started here would be. */
export function onShellImportFinished({ added, failed }: EventMap['import.finished']): void {
  shellImport.finish();
  report(added, failed);
}
