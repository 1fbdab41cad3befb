import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCode } from '../../shared/errors.ts';
import { importSizeProblem } from '../../shared/import-limit.ts';
import type { ImportStep } from '../../shared/events.ts';
import { IMPORT_SPANS } from '../../shared/import-steps.ts';
import type { TextFormat } from '../../shared/vocabularies.ts';
import type { ArticleSource, ArticleSummary, ImportOutcome } from '../../shared/models.ts';
import { asCoreError, CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { importPastedText } from '../importers/import-content.ts';
import { ImportError } from '../importers/import-error.ts';
import type { Library } from '../library/library.ts';
import { importInBackground } from './import-runner.ts';
import { addWithLocalImages } from './offline-images.ts';

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data.replace(/\s+/g, ''))) {
    throw new CoreError(ErrorCode.invalidInput, 'The file data could not be read (it is not valid base64).');
  }
  return Buffer.from(data, 'base64');
}

/** Why reading a path failed, in words about that path. */
function readFailure(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportError(ErrorCode.notFound, `${path} does not exist.`);
  if (code === 'EACCES') return new ImportError(ErrorCode.io, `Lectern is not allowed to read ${path}.`);
  return error;
}

/** Tells front ends where the file in hand has got. */
type ReportStep = (step: ImportStep) => void;

// The importer's own share of its work (0 to 1) fills the span of the file's bar between reading and saving.
const importerSpan = IMPORT_SPANS.savingStarts - IMPORT_SPANS.readingEnds;

/**
 * Turns files and pasted text into library articles. A single import fails by throwing (its Result
 * says why); a batch reports each file, so one bad file never stops the others.
 */
export class ImportService {
  readonly #library: Library;
  readonly #emit: Emit<'import.progress' | 'import.finished'>;
  constructor(library: Library, emit: Emit<'import.progress' | 'import.finished'>) {
    this.#library = library;
    this.#emit = emit;
  }

  /**
   * Imports one file given as base64 (what both shells can send). Its phases go out as 'import.progress' with
   * origin 'window': the window that sent it shows them on its own count of files.
   */
  async importFile(name: string, dataBase64: string, sourcePath?: string): Promise<ArticleSummary> {
    const report: ReportStep = (step) => this.#emit('import.progress', { done: 0, total: 1, current: name, step, origin: 'window' });
    return this.#importBytes(name, decodeBase64(dataBase64), { kind: 'file', value: sourcePath ?? name }, report);
  }

  async #importBytes(name: string, bytes: Uint8Array, source: ArticleSource, report: ReportStep): Promise<ArticleSummary> {
    try {
      const onProgress = ({ phase, fraction }: ImportStep) => report({ phase, fraction: IMPORT_SPANS.readingEnds + fraction * importerSpan });
      const article = await importInBackground(name, bytes, onProgress);
      report({ phase: 'saving', fraction: IMPORT_SPANS.savingStarts });
      return await addWithLocalImages(this.#library, article, source);
    } catch (error) {
      throw asCoreError(error, `import ${name}`);
    }
  }

  /**
   * Imports files by path (File › Open, files dropped on the dock icon, the CLI), reporting progress as it
   * goes and, at the end, what arrived and what failed: the window shows that as it shows its own imports.
   */
  async importPaths(paths: string[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const [index, path] of paths.entries()) {
      const name = basename(path);
      const report: ReportStep = (step) => this.#emit('import.progress', { done: index, total: paths.length, current: name, step, origin: 'shell' });
      report({ phase: 'reading', fraction: 0 });
      try {
        outcomes.push({ name, ok: true, article: await this.#importPath(path, name, report) });
      } catch (error) {
        const { code, message } = asCoreError(error, `import ${name}`);
        outcomes.push({ name, ok: false, code, message });
      }
    }
    const added = outcomes.flatMap((o) => (o.ok ? [{ id: o.article.id, title: o.article.title }] : []));
    const failed = outcomes.flatMap((o) => (o.ok ? [] : [{ name: o.name, code: o.code, message: o.message }]));
    this.#emit('import.finished', { added, failed });
    return outcomes;
  }

  async #importPath(path: string, name: string, report: ReportStep): Promise<ArticleSummary> {
    let bytes: Uint8Array;
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new ImportError(ErrorCode.unsupportedFile, `${name} is a folder; choose the files inside it.`);
      // Refused before reading: a file of gigabytes never comes into memory.
      const tooLarge = importSizeProblem(info.size);
      if (tooLarge) throw new ImportError(ErrorCode.fileTooLarge, tooLarge);
      bytes = await readFile(path);
    } catch (error) {
      throw readFailure(path, error);
    }
    return this.#importBytes(name, bytes, { kind: 'file', value: path }, report);
  }

  /** Imports text pasted from the clipboard. */
  async importText(text: string, format: TextFormat, title?: string): Promise<ArticleSummary> {
    try {
      return await addWithLocalImages(this.#library, importPastedText(text, format, title), { kind: 'pasted', value: `Pasted ${format}` });
    } catch (error) {
      throw asCoreError(error, `import ${title ?? 'the pasted text'}`);
    }
  }
}
