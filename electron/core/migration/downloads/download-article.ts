import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode } from '../../../shared/errors.ts';
import type { ArticleDownload } from '../../../shared/models-migration.ts';
import { captureUrl, type CaptureOptions } from '../../capture/capture-url.ts';
import { isRetryableCode } from '../../capture/fetch/web-error.ts';
import { asCoreError, CoreError } from '../../core-error.ts';
import type { Library } from '../../library/library.ts';
import { abandonImages, downloadImages } from './download-images.ts';
import { givenUpError } from './retry-policy.ts';

/** The fetch settings every download uses (timeouts, caps; tests allow 127.0.0.1), as for saving a link. */
export type DownloadCaptureSettings = Omit<CaptureOptions, 'assetsDir' | 'assetUrlPrefix' | 'wholePage' | 'signal'>;

/** How one try went: the text is in, the article is no longer waiting (deleted, or not queued), or it failed. */
export type DownloadOutcome =
  | { kind: 'done' }
  | { kind: 'gone' }
  /** attempts: the tries the record counted before this one. */
  | { kind: 'failed'; error: NonNullable<ArticleDownload['error']>; retryable: boolean; attempts: number };

/**
 * Downloads one link-only article with the capture pipeline (fetch, extract, every image made local) and
 * fills its record in place. Never throws: a failure comes back with its reason, and whether trying again
 * later may help (timeouts, 5xx, a dropped network) or not (404/410, not a web page, a blocked address).
 */
export async function downloadArticle(library: Library, id: string, options: { capture?: DownloadCaptureSettings; signal?: AbortSignal }): Promise<DownloadOutcome> {
  let record;
  try {
    record = library.get(id);
  } catch {
    return { kind: 'gone' }; // deleted meanwhile
  }
  if (record.download?.state !== 'queued') return { kind: 'gone' };
  if (record.download.imagesOnly) return downloadImages(library, record, options);
  const url = record.source.value;
  const assetsDir = join(library.files.folder(id), 'assets');
  try {
    if (record.source.kind !== 'url') throw new CoreError(ErrorCode.invalidUrl, `This article has no web address to download it from (it came from ${record.source.value}).`);
    const captured = await captureUrl(url, { ...options.capture, assetsDir, assetUrlPrefix: `/articles/${id}/assets/`, signal: options.signal });
    await library.completeDownload(id, captured.article);
    return { kind: 'done' };
  } catch (error) {
    const { code, message } = asCoreError(error, `download ${url}`);
    if (code === ErrorCode.notFound) return { kind: 'gone' };
    // Images fetched for a page that was not stored must not linger; the article has no other files yet.
    await rm(assetsDir, { recursive: true, force: true }).catch(() => undefined);
    if (!(error instanceof CoreError)) console.error('lectern: a background download failed', error);
    return { kind: 'failed', error: { code, message }, retryable: isRetryableCode(code), attempts: record.download.attempts };
  }
}

/**
 * An article whose tries ran out: a link is marked failed with its reason (Retry tries again); an imported
 * text whose pictures could not be fetched keeps their placeholders for good and stops waiting.
 */
export async function giveUp(library: Library, id: string, outcome: Extract<DownloadOutcome, { kind: 'failed' }>, tries: number): Promise<void> {
  let record;
  try {
    record = library.get(id);
  } catch {
    return; // deleted meanwhile: nothing waits any more
  }
  if (record.download?.imagesOnly) return abandonImages(library, record);
  library.setDownloadState([id], { state: 'failed', attempts: outcome.attempts + tries, error: givenUpError(outcome.error, tries) });
}
