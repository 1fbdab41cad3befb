import type { ArticleRecord, LibraryFile } from './schema.ts';
import { CorruptFileError } from './atomic-json-file.ts';
import { DATA_FILES } from './data-files.ts';

/**
 * Bump library.json's schemaVersion in DATA_FILES when the stored shape changes in a way an older Lectern
 * would mishandle, and add a step here. A field added beside the others (tags) is not such a change: older
 * Lecterns copy records with spreads, so they keep it, and refusing them would lock out a downgrade for
 * nothing. Such fields get their default in withAddedFields instead, on every load.
 */
const SCHEMA_VERSION = DATA_FILES.library.schemaVersion;

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Step n turns a version-n file into version n+1. Version 0 is a file written before versioning. */
const steps: Record<number, Migration> = {
  0: (data) => ({ ...data, schemaVersion: 1, articles: Array.isArray(data.articles) ? data.articles : [] }),
};

/**
 * A record with the fields added since schema 1 filled in: from an older library.json, from a meta.json
 * written by an older Lectern, or from an older Lectern's save into a newer library.
 */
export function withAddedFields(record: ArticleRecord): ArticleRecord {
  const tags: unknown = record.tags;
  if (!Array.isArray(tags)) record.tags = [];
  else if (tags.some((tag) => typeof tag !== 'string')) record.tags = tags.filter((tag): tag is string => typeof tag === 'string');
  return record;
}

/** Brings a parsed library.json up to the current schema, or explains why it cannot. */
export function migrateLibrary(raw: unknown, path: string): { data: LibraryFile; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptFileError(path, 'it does not hold a Lectern library');
  }
  let data = raw as Record<string, unknown>;
  // A newer schema never gets here: the loader refuses it (NewerFileError).
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  const migrated = version < SCHEMA_VERSION;
  while (version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new CorruptFileError(path, `no migration from schema ${version}`);
    data = step(data);
    version += 1;
  }
  if (!Array.isArray(data.articles)) throw new CorruptFileError(path, 'its article list is missing');
  for (const record of data.articles as unknown[]) if (typeof record === 'object' && record !== null) withAddedFields(record as ArticleRecord);
  return { data: data as unknown as LibraryFile, migrated };
}
