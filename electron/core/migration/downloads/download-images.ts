/**
 * The pictures of an imported text, fetched by the download queue. The import left a marker for each picture
 * on the web (image-markers.ts); here the markers become <img> elements again and capture's localizeImages
 * stores each picture it can reach in the article's folder, leaving the quiet "Image unavailable" placeholder
 * for a dead host. The body is then written back in place (same id, same record, the download state cleared).
 */
import { join } from 'node:path';
import { ErrorCode } from '../../../shared/errors.ts';
import type { Article } from '../../../shared/models.ts';
import { countWords } from '../../../shared/word-count.ts';
import { createImageFetcher, type FetchImage } from '../../capture/images/fetch-image.ts';
import { localizeImages } from '../../capture/images/localize-images.ts';
import { asCoreError } from '../../core-error.ts';
import { htmlToText } from '../../extract/html-to-text.ts';
import type { Library } from '../../library/library.ts';
import { restoreMarkedImages } from '../image-markers.ts';
import type { DownloadCaptureSettings, DownloadOutcome } from './download-article.ts';

/** Failures that say the network (not one host's picture) is the trouble: worth another try later. */
const NETWORK_CODES = new Set<string>([ErrorCode.unreachable, ErrorCode.network, ErrorCode.timeout]);

/** The image fetcher, counting tries and the tries that failed for want of a network. */
function watchedFetcher(fetchImage: FetchImage): { fetchImage: FetchImage; tries: number; offline: number } {
  const watched = {
    tries: 0,
    offline: 0,
    fetchImage: (async (url, options) => {
      watched.tries++;
      try {
        return await fetchImage(url, options);
      } catch (error) {
        if (NETWORK_CODES.has((error as { code?: string }).code ?? '')) watched.offline++;
        throw error;
      }
    }) as FetchImage,
  };
  return watched;
}

const unreachable: FetchImage = async () => {
  throw new Error('the pictures were given up');
};

/** Localizes the marked pictures of the article's body and stores the body in place. */
async function storeWithPictures(library: Library, record: Article, fetchImage: FetchImage, options: { capture?: DownloadCaptureSettings; signal?: AbortSignal }) {
  const prefix = `/articles/${record.id}/assets/`;
  const { html } = restoreMarkedImages(await library.files.readBody(record.id));
  const localized = await localizeImages(html, {
    baseUrl: record.source.kind === 'url' ? record.source.value : 'https://import.invalid/',
    assetsDir: join(library.files.folder(record.id), 'assets'),
    assetUrlPrefix: prefix,
    fetchImage,
    leadImageUrl: record.leadImage?.startsWith(prefix) ? record.leadImage : null,
    concurrency: options.capture?.images?.concurrency,
    totalTimeoutMs: options.capture?.images?.allImagesTimeoutMs,
    signal: options.signal,
  });
  return {
    stored: localized.stats.stored,
    complete: async () => {
      const text = htmlToText(localized.html);
      const { id: _id, title, byline, siteName, publishedAt, lang, dir, excerpt } = record;
      const leadImage = localized.leadImage ?? record.leadImage;
      await library.completeDownload(record.id, { title, byline, siteName, publishedAt, lang, dir, excerpt, leadImage, canonicalUrl: null, html: localized.html, text, wordCount: countWords(text) });
    },
  };
}

/**
 * Fetches the pictures an imported text names on the web. Never throws. When not one picture could be
 * reached and every try failed for want of a network, nothing is written and the queue tries again later;
 * otherwise what arrived is stored and the rest keep a placeholder for good.
 */
export async function downloadImages(library: Library, record: Article, options: { capture?: DownloadCaptureSettings; signal?: AbortSignal }): Promise<DownloadOutcome> {
  const attempts = record.download?.attempts ?? 0;
  try {
    const capture = options.capture;
    const watched = watchedFetcher(capture?.fetchImage ?? createImageFetcher({ allowPrivateNetwork: capture?.page?.allowPrivateNetwork, ...capture?.images }));
    const result = await storeWithPictures(library, record, watched.fetchImage, options);
    if (result.stored === 0 && watched.tries > 0 && watched.offline === watched.tries) {
      const message = 'The pictures of this article could not be reached (the text is here); they will be tried again.';
      return { kind: 'failed', error: { code: ErrorCode.unreachable, message }, retryable: true, attempts };
    }
    await result.complete();
    return { kind: 'done' };
  } catch (error) {
    const { code, message } = asCoreError(error, `fetch the pictures of ${record.title}`);
    if (code === ErrorCode.notFound) return { kind: 'gone' };
    return { kind: 'failed', error: { code, message }, retryable: false, attempts };
  }
}

/**
 * Gives up on the pictures of an imported text whose tries ran out: each marker becomes the placeholder of
 * a picture that could not be fetched, and the article stops waiting. A body that cannot be read at all
 * keeps its markers, and only the waiting stops (one write of library.json: this is rare).
 */
export async function abandonImages(library: Library, record: Article): Promise<void> {
  try {
    await (await storeWithPictures(library, record, unreachable, {})).complete();
  } catch {
    await library.changeMany([record.id], ({ download: _waiting, ...rest }) => rest);
  }
}
