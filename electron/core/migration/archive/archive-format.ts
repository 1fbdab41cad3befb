/**
 * Lectern's own archive, as a zip: the database files at the root (DATA_FILES, not the derived search
 * index), one `articles/<id>/` folder per article, and `lectern-archive.json`, the manifest that names the
 * format. What is written and what is read back are checked against this one description.
 */
import * as v from 'valibot';
import { articleId } from '../../../shared/contract-schemas.ts';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';

export const MANIFEST_NAME = 'lectern-archive.json';
const ARCHIVE_FORMAT = 'lectern-archive';
/** Bump when an older Lectern would misread the archive; an archive with a higher version is refused. */
const ARCHIVE_VERSION = 1;
const MANIFEST_MAX_BYTES = 64 * 1024;

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  appVersion: string;
  /** Articles in the archive (not counting any deleted ones still waiting out their undo window). */
  articleCount: number;
}

/** The manifest of an archive written now. */
export function newManifest(appVersion: string, articleCount: number): ArchiveManifest {
  return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: new Date().toISOString(), appVersion, articleCount };
}

async function parsedManifest(bundle: ImportBundle): Promise<Record<string, unknown> | null> {
  const file = bundle.isZip ? bundle.file(MANIFEST_NAME) : undefined;
  if (!file || file.size > MANIFEST_MAX_BYTES) return null;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(await file.bytes(MANIFEST_MAX_BYTES)));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** True when the bundle is a zip holding Lectern's manifest with Lectern's format name. */
export async function isLecternArchive(bundle: ImportBundle): Promise<boolean> {
  return (await parsedManifest(bundle))?.format === ARCHIVE_FORMAT;
}

/** The archive's manifest; refuses an archive written by a newer Lectern in a form this one cannot read. */
export async function readManifest(bundle: ImportBundle): Promise<ArchiveManifest> {
  const manifest = await parsedManifest(bundle);
  if (manifest?.format !== ARCHIVE_FORMAT) throw new ImportFormatError(`${bundle.name} is not a Lectern archive: ${MANIFEST_NAME} is missing or damaged.`);
  const version = typeof manifest.version === 'number' ? manifest.version : 0;
  if (version > ARCHIVE_VERSION || version < 1) {
    throw new ImportFormatError(`${bundle.name} is a Lectern archive of version ${String(manifest.version)}, which this Lectern cannot read (it reads version ${ARCHIVE_VERSION}). Update Lectern to import it.`);
  }
  return manifest as unknown as ArchiveManifest;
}

/** True for a string the contract accepts as an article id (and so safe as a folder name). */
export function isArticleId(id: unknown): id is string {
  return v.is(articleId, id);
}

/** Where an article's files sit in the archive, and in the library folder. */
export const ARTICLES_FOLDER = 'articles';

/**
 * Splits `articles/<id>/<path>` into the id and the path inside the folder, or says why the entry is not
 * one Lectern writes: a bad id, an empty, `.` or `..` segment, a backslash, a colon or a NUL byte. Entries
 * outside `articles/` are not article files (null).
 */
export function articleEntry(path: string): { id: string; inner: string } | { problem: string } | null {
  if (!path.startsWith(`${ARTICLES_FOLDER}/`)) return null;
  const [, id, ...rest] = path.split('/');
  if (!isArticleId(id)) return { problem: `“${id ?? ''}” is not an article id` };
  const bad = rest.find((segment) => segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment));
  if (rest.length === 0 || bad !== undefined) return { problem: 'its path inside the article folder is not a plain relative path' };
  return { id, inner: rest.join('/') };
}
