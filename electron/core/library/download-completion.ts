/**
 * How a link-only article (an import's URL without text) changes as its download goes: filled in place
 * when the text arrives, or marked failed (or queued again) with its reason. Pure: library.ts stores the result.
 */
import type { ArticleDownload } from '../../shared/models-migration.ts';
import { readingMinutes } from '../../shared/word-count.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { notFound } from '../core-error.ts';
import type { ArticleFiles } from './article-files.ts';
import type { ArticleRecords } from './article-records.ts';
import type { ArticleRecord } from './schema.ts';

/**
 * How long library.json waits after a download finished: thousands finish in a row, and the big file is
 * rewritten once for a burst of them. A crash before the write only means those links download again.
 */
export const DOWNLOAD_FLUSH_MS = 2000;

/**
 * The record once its text is downloaded: what the page says about itself fills the record, while
 * everything the reader (or the import) decided stays: id, tags, archived, favourite, saved date, source.
 * The imported title is kept unless it is no title at all (empty, or the address itself).
 */
export function completedRecord(record: ArticleRecord, extracted: ExtractedArticle, now: string): ArticleRecord {
  const { download: _done, ...kept } = record;
  return {
    ...kept,
    title: hasRealTitle(record) ? record.title : extracted.title,
    byline: extracted.byline ?? record.byline,
    siteName: extracted.siteName ?? record.siteName,
    excerpt: extracted.excerpt || record.excerpt,
    leadImage: extracted.leadImage ?? record.leadImage,
    wordCount: extracted.wordCount,
    readingMinutes: readingMinutes(extracted.wordCount),
    lang: extracted.lang ?? record.lang,
    dir: extracted.dir,
    publishedAt: extracted.publishedAt ?? record.publishedAt,
    canonicalUrl: extracted.canonicalUrl ?? record.canonicalUrl,
    updatedAt: now,
  };
}

/**
 * The record with a new download state (failed with its reason, or queued again), or the very same record
 * when it is no longer waiting for a download (it arrived meanwhile) or already says exactly this.
 */
export function withDownload(record: ArticleRecord, download: ArticleDownload, now: string): ArticleRecord {
  const current = record.download;
  if (current === undefined) return record;
  if (current.state === download.state && current.attempts === download.attempts && current.error?.message === download.error?.message) return record;
  return { ...record, download: { ...download, error: download.error && { ...download.error } }, updatedAt: now };
}

/** An imported title worth keeping: not empty, and not just the address standing in for one. */
function hasRealTitle(record: ArticleRecord): boolean {
  const title = record.title?.trim() ?? '';
  if (title === '') return false;
  const url = record.source.value.trim();
  return title !== url && title.replace(/\/+$/, '') !== url.replace(/\/+$/, '');
}

/**
 * Writes a downloaded article's files (body first, with the record as it will be), then answers its record
 * completed from the record as it is now: the reader may have tagged or archived it meanwhile.
 */
export async function writeDownloaded(records: ArticleRecords, files: ArticleFiles, id: string, extracted: ExtractedArticle, now: string): Promise<ArticleRecord> {
  const before = records.get(id);
  if (before === undefined) throw notFound(id);
  await files.writeArticle(id, extracted.html, extracted.text, completedRecord(before, extracted, now));
  const current = records.get(id);
  if (current === undefined) {
    // Purged while the files were written: they must not stay behind as an article nobody has.
    await files.remove(id);
    throw notFound(id);
  }
  return completedRecord(current, extracted, now);
}

/** The records whose download state this changes (the others are left out). */
export function downloadStateChanges(records: ArticleRecords, ids: readonly string[], download: ArticleDownload, now: string): ArticleRecord[] {
  return ids.flatMap((id) => {
    const record = records.get(id);
    const changed = record && withDownload(record, download, now);
    return changed && changed !== record ? [changed] : [];
  });
}
