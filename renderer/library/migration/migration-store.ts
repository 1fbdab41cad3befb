/**
 * Moving in, step by step: an export is refused if too big (before it is read), read and sent to
 * migration.preview, shown in the preview dialog, then imported with migration.run while the progress
 * banner follows 'migration.progress'. Exports dropped while one is on its way wait their turn, and so do
 * previews the shell made of a file chosen in its native dialog ('migration.previewed').
 */
import { signal } from '@preact/signals';
import { formatByteSize } from '../../../electron/shared/byte-size.ts';
import { MAX_IMPORT_UPLOAD_BYTES } from '../../../electron/shared/contract-migration.ts';
import type { EventMap } from '../../../electron/shared/events.ts';
import type { ImportPreview } from '../../../electron/shared/models-migration.ts';
import { getBridge } from '../../api/bridge.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { bytesToBase64Async } from '../import/base64.ts';
import { announceImport } from './import-announce.ts';

type Progress = Omit<EventMap['migration.progress'], 'importId'>;

type MigrationStage =
  | { kind: 'idle' }
  /** The file is being read here, then by core (its 'reading' progress has no id we know yet). */
  | { kind: 'reading'; fileName: string; progress: Progress | null }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'running'; preview: ImportPreview; progress: Progress | null };

export const migrationStage = signal<MigrationStage>({ kind: 'idle' });
/** The "Import from another app" dialog, with its file chooser. */
export const chooserOpen = signal(false);

/** Exports waiting their turn: files to read here, or previews the shell already made. */
const waiting: (File | ImportPreview)[] = [];

/** Why this file is too big to send from the window, or null; the app's own dialog reads it by path, with no limit. */
function uploadSizeProblem(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size <= MAX_IMPORT_UPLOAD_BYTES) return null;
  const instead = getBridge().shell === 'electron' ? 'Choose it with File › Import from Another App… instead, or' : 'Import it';
  return (
    `${file.name} is ${formatByteSize(file.size)}; the window can read exports up to ${formatByteSize(MAX_IMPORT_UPLOAD_BYTES)}. ` +
    `${instead} from a terminal: lectern import "${file.name}"`
  );
}

/** Previews these exports one after another; a preview or import already under way keeps its place. */
export function previewExports(files: readonly File[]): void {
  waiting.push(...files);
  if (migrationStage.value.kind === 'idle') void previewNext();
}

async function previewNext(): Promise<void> {
  const next = waiting.shift();
  if (!next) return;
  const preview = 'importId' in next ? next : await readPreview(next);
  if (preview) migrationStage.value = { kind: 'preview', preview };
  else {
    migrationStage.value = { kind: 'idle' };
    void previewNext();
  }
}

async function readPreview(file: File): Promise<ImportPreview | null> {
  const tooLarge = uploadSizeProblem(file);
  if (tooLarge) {
    showToast(tooLarge, { tone: 'error', durationMs: 15_000 });
    return null;
  }
  migrationStage.value = { kind: 'reading', fileName: file.name, progress: null };
  let dataBase64: string;
  try {
    dataBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    showToast(`Could not read ${file.name} (${error instanceof Error ? error.message : String(error)}). Try choosing it again.`, { tone: 'error' });
    return null;
  }
  const result = await call('migration.preview', { name: file.name, dataBase64 });
  if (result.ok) return result.value;
  showToast(`Could not import ${file.name}: ${result.message}`, { tone: 'error', durationMs: 15_000 });
  return null;
}

/** Cancel in the preview: core forgets the file, and the next waiting export (if any) is read. */
export function cancelPreview(): void {
  const stage = migrationStage.value;
  if (stage.kind !== 'preview') return;
  migrationStage.value = { kind: 'idle' };
  void call('migration.discard', { importId: stage.preview.importId });
  void previewNext();
}

/** Import in the preview: runs it, then one toast sums it up. fetch: download the linked articles in the background. */
export async function startImport(fetch: boolean): Promise<void> {
  const stage = migrationStage.value;
  if (stage.kind !== 'preview') return;
  const { preview } = stage;
  migrationStage.value = { kind: 'running', preview, progress: null };
  const result = await call('migration.run', { importId: preview.importId, fetch });
  migrationStage.value = { kind: 'idle' };
  if (result.ok) announceImport(result.value);
  else showToast(`The import of ${preview.fileName} stopped: ${result.message}`, { tone: 'error', durationMs: 15_000 });
  void previewNext();
}

/** A 'migration.progress' event: the banner follows the import in hand (and a file being read, whose id is not known yet). */
export function onMigrationProgress({ importId, ...progress }: EventMap['migration.progress']): void {
  const stage = migrationStage.value;
  if (stage.kind === 'reading' && progress.phase === 'reading') migrationStage.value = { ...stage, progress };
  else if (stage.kind === 'running' && stage.preview.importId === importId) migrationStage.value = { ...stage, progress };
}

/**
 * A 'migration.previewed' event: a file chosen in the shell's native dialog (no upload limit) is read by core,
 * shown as being read, then as its preview (or after the one on screen), or said to be unreadable.
 */
export function onShellPreview(event: EventMap['migration.previewed']): void {
  const stage = migrationStage.value;
  const readingIt = stage.kind === 'reading' && stage.fileName === event.fileName;
  if (event.state === 'reading') {
    if (stage.kind === 'idle') migrationStage.value = { kind: 'reading', fileName: event.fileName, progress: null };
    return;
  }
  if (readingIt) migrationStage.value = { kind: 'idle' };
  if (event.state === 'failed') showToast(`Could not import ${event.fileName}: ${event.message}`, { tone: 'error', durationMs: 15_000 });
  else waiting.push(event.preview);
  if (migrationStage.value.kind === 'idle') void previewNext();
}
