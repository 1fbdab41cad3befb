/**
 * What the library's records say about downloads. The queue is derived from them (every live article whose
 * download is `queued`), so a restart, a restore or another window's import needs no list of its own.
 */
import type { Library } from '../../library/library.ts';
import type { ArticleRecord } from '../../library/schema.ts';

/** Live articles waiting for their text, in library order (an import's links in file order). */
export function queuedRecords(records: readonly ArticleRecord[]): ArticleRecord[] {
  return records.filter((record) => record.deletedAt === null && record.download?.state === 'queued');
}

/** Articles a retry puts back: those named that failed or are held, or, with no names, every failed one. */
export function retryTargets(records: readonly ArticleRecord[], ids?: readonly string[]): ArticleRecord[] {
  const named = ids === undefined ? null : new Set(ids);
  return records.filter((record) => {
    const state = record.download?.state;
    if (record.deletedAt !== null) return false;
    return named === null ? state === 'failed' : named.has(record.id) && (state === 'failed' || state === 'held');
  });
}

/** Puts these articles back in the queue with a fresh count, keeping whether only their pictures wait; answers the ids changed. */
export function requeue(library: Pick<Library, 'setDownloadState'>, records: readonly ArticleRecord[]): string[] {
  const ids = (imagesOnly: boolean) => records.filter((record) => (record.download?.imagesOnly === true) === imagesOnly).map((record) => record.id);
  const queued = { state: 'queued', attempts: 0, error: null } as const;
  return [...library.setDownloadState(ids(false), queued), ...library.setDownloadState(ids(true), { ...queued, imagesOnly: true })];
}

/** How many live articles wait for a download, and how many failed for good. */
export function downloadCounts(records: readonly ArticleRecord[]): { queued: number; failed: number } {
  let queued = 0;
  let failed = 0;
  for (const record of records) {
    if (record.deletedAt !== null || record.download === undefined) continue;
    if (record.download.state === 'queued') queued++;
    else if (record.download.state === 'failed') failed++;
  }
  return { queued, failed };
}
