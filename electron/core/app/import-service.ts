import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCode } from '../../shared/errors.ts';
import { importSizeProblem } from '../../shared/import-limit.ts';
import type { TextFormat } from '../../shared/vocabularies.ts';
import type { ArticleSource, ImportOutcome } from '../../shared/models.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { ImportError, importFileBytes, importPastedText } from '../importers/import-content.ts';
import type { Library } from '../library/library.ts';

function failure(name: string, error: unknown): ImportOutcome {
  if (error instanceof ImportError || error instanceof CoreError) return { name, ok: false, code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { name, ok: false, code: ErrorCode.internal, message: `Lectern could not import ${name}: ${detail}` };
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data.replace(/\s+/g, ''))) {
    throw new CoreError(ErrorCode.invalidInput, 'The file data could not be read (it is not valid base64).');
  }
  return Buffer.from(data, 'base64');
}

/** Turns files and pasted text into library articles; one bad file never stops the others. */
export class ImportService {
  readonly #library: Library;
  readonly #emit: Emit<'import.progress'>;
  constructor(library: Library, emit: Emit<'import.progress'>) {
    this.#library = library;
    this.#emit = emit;
  }

  /** Imports one file given as base64 (what both shells can send). */
  async importFile(name: string, dataBase64: string, sourcePath?: string): Promise<ImportOutcome> {
    return this.#importBytes(name, decodeBase64(dataBase64), { kind: 'file', value: sourcePath ?? name });
  }

  async #importBytes(name: string, bytes: Uint8Array, source: ArticleSource): Promise<ImportOutcome> {
    try {
      const article = await this.#library.add(importFileBytes(name, bytes), source);
      return { name, ok: true, article };
    } catch (error) {
      return failure(name, error);
    }
  }

  /** Imports files by path, reporting progress as it goes (File > Open, the CLI, files dropped on the dock icon). */
  async importPaths(paths: string[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const [index, path] of paths.entries()) {
      const name = basename(path);
      this.#emit('import.progress', { done: index, total: paths.length, current: name });
      outcomes.push(await this.#importPath(path, name));
    }
    this.#emit('import.progress', { done: paths.length, total: paths.length, current: null });
    return outcomes;
  }

  async #importPath(path: string, name: string): Promise<ImportOutcome> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new ImportError(ErrorCode.unsupportedFile, `${name} is a folder; choose the files inside it.`);
      // Refused before reading: a file of gigabytes never comes into memory.
      const tooLarge = importSizeProblem(info.size);
      if (tooLarge) throw new ImportError(ErrorCode.fileTooLarge, tooLarge);
      return await this.#importBytes(name, await readFile(path), { kind: 'file', value: path });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return failure(name, new ImportError(ErrorCode.notFound, `${path} does not exist.`));
      if (code === 'EACCES') return failure(name, new ImportError(ErrorCode.io, `Lectern is not allowed to read ${path}.`));
      return failure(name, error);
    }
  }

  /** Imports text pasted from the clipboard. */
  async importText(text: string, format: TextFormat, title?: string): Promise<ImportOutcome> {
    const name = title ?? 'Pasted text';
    try {
      const article = await this.#library.add(importPastedText(text, format, title), { kind: 'pasted', value: `Pasted ${format}` });
      return { name: article.title, ok: true, article };
    } catch (error) {
      return failure(name, error);
    }
  }
}
