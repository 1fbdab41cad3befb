import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorruptFileError } from './atomic-json-file.ts';
import { parseDataFile } from './data-file-schemas.ts';
import { DATA_FILES, DATABASE_FILES, type DataFile } from './data-files.ts';

/**
 * The top-level shape each database file must have: the key that holds its records and whether that is a
 * list or a map. A light check (the loader runs the full per-file schema when the restored library opens);
 * it is enough to tell a whole backup from a torn or truncated one before it is offered.
 */
const RECORD_KEYS: Readonly<Record<string, { key: string; kind: 'list' | 'map' | 'map of lists' }>> = {
  [DATA_FILES.library.name]: { key: 'articles', kind: 'list' },
  [DATA_FILES.annotations.name]: { key: 'notes', kind: 'map' },
  // Highlights are kept per article: article id to that article's list.
  [DATA_FILES.highlights.name]: { key: 'highlights', kind: 'map of lists' },
  [DATA_FILES.progress.name]: { key: 'progress', kind: 'map' },
};

const DATABASE_FILE_BY_NAME = new Map<string, DataFile>(DATABASE_FILES.map((file) => [file.name, file]));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with one database file's text, or null when it parses with the right top-level shape. */
export function databaseFileProblem(name: string, text: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return `${name} is empty`;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return `${name} does not parse (${(error as Error).message})`;
  }
  if (!isPlainObject(data)) return `${name} holds ${data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data} instead of an object`;
  const expected = RECORD_KEYS[name];
  if (!expected) return null;
  const records = data[expected.key];
  if (expected.kind === 'list') {
    if (!Array.isArray(records)) return `${name} has no list of ${expected.key}`;
    const broken = records.findIndex((record) => !isPlainObject(record));
    return broken === -1 ? null : `${name} has a broken entry at ${expected.key}[${broken}]`;
  }
  if (!isPlainObject(records)) return `${name} has no ${expected.key}`;
  const whole = (record: unknown) => (expected.kind === 'map' ? isPlainObject(record) : Array.isArray(record) && record.every(isPlainObject));
  const broken = Object.entries(records).find(([, record]) => !whole(record));
  return broken ? `${name} has a broken entry for ${broken[0]}` : null;
}

interface BackupVerdict {
  /** Null when every file in the backup is whole. */
  problem: string | null;
  /** Articles in the backup's library.json, or null when it cannot be counted. */
  articleCount: number | null;
}

/** Reads every database file in a backup folder: a backup is usable only when all of them are whole. */
export async function verifyBackupFolder(folder: string): Promise<BackupVerdict> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => DATABASE_FILE_BY_NAME.has(name));
  } catch {
    return { problem: 'the backup folder cannot be read', articleCount: null };
  }
  if (!names.includes(DATA_FILES.library.name)) return { problem: `${DATA_FILES.library.name} is missing`, articleCount: null };
  const problems: string[] = [];
  let articleCount: number | null = null;
  for (const name of names.sort()) {
    let text: string;
    try {
      text = await readFile(join(folder, name), 'utf8');
    } catch (error) {
      problems.push(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const problem = wholeFileProblem(name, text, join(folder, name));
    if (problem) problems.push(problem);
    else if (name === DATA_FILES.library.name) articleCount = (JSON.parse(text.replace(/^\uFEFF/, '')) as { articles: unknown[] }).articles.length;
  }
  return { problem: problems.length > 0 ? `${problems.join('; ')}.` : null, articleCount };
}

/** What is wrong with one database file by the light check and then the loader's full schema, or null when it is whole. */
export function wholeFileProblem(name: string, text: string, path: string): string | null {
  return databaseFileProblem(name, text) ?? schemaProblem(name, text, path);
}

/** What the file's full schema (the loader's own check) finds wrong, after the light check passed. */
function schemaProblem(name: string, text: string, path: string): string | null {
  const file = DATABASE_FILE_BY_NAME.get(name);
  if (!file) return null;
  try {
    parseDataFile(file, JSON.parse(text.replace(/^\uFEFF/, '')), path);
    return null;
  } catch (error) {
    if (error instanceof CorruptFileError) return error.message.replace(/\.$/, '');
    throw error;
  }
}
