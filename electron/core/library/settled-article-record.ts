/**
 * A fast yes for the common case of library.json's load check: a record exactly as this Lectern writes it
 * (every field present, each of the right type). Checking 100,000 records through the general schema
 * (valibot, which copies each record to fill defaults) took 0.7-2 s of every open; this predicate takes a
 * few milliseconds. It may only ever be STRICTER than the schema in data-file-schemas.ts: a record it
 * accepts must pass the schema unchanged (a property test holds the two together). Anything else — an
 * older record missing a field, a damaged one — answers false and goes through the schema, which fills
 * defaults or names the damage.
 */
import { RECORD_ID } from '../../shared/contract-schemas.ts';

const SOURCE_KINDS = new Set(['file', 'url', 'pasted']);
const DOWNLOAD_STATES = new Set(['queued', 'held', 'failed']);

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the raw record needs neither defaults nor a closer look: the schema would give it back unchanged. */
export function isSettledArticleRecord(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const r = raw;
  return (
    isText(r.id) &&
    RECORD_ID.test(r.id) &&
    isText(r.title) &&
    isObject(r.source) &&
    SOURCE_KINDS.has(r.source.kind as string) &&
    isText(r.source.value) &&
    isText(r.savedAt) &&
    isText(r.updatedAt) &&
    isTextOrNull(r.byline) &&
    isTextOrNull(r.siteName) &&
    isTextOrNull(r.publishedAt) &&
    isTextOrNull(r.lang) &&
    (r.dir === 'ltr' || r.dir === 'rtl') &&
    isText(r.excerpt) &&
    Array.isArray(r.tags) &&
    r.tags.every(isText) &&
    isTextOrNull(r.leadImage) &&
    isTextOrNull(r.canonicalUrl) &&
    isCount(r.wordCount) &&
    isCount(r.readingMinutes) &&
    typeof r.archived === 'boolean' &&
    typeof r.favorite === 'boolean' &&
    isTextOrNull(r.finishedAt) &&
    isTextOrNull(r.deletedAt) &&
    (!('download' in r) || isSettledDownload(r.download))
  );
}

function isSettledDownload(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  if (!DOWNLOAD_STATES.has(raw.state as string) || !isCount(raw.attempts) || !('error' in raw)) return false;
  return raw.error === null || (isObject(raw.error) && isText(raw.error.code) && isText(raw.error.message));
}
