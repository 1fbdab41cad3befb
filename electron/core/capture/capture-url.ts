import { ErrorCode } from '../../shared/errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { fetchPage, type FetchPageOptions } from './fetch/fetch-page.ts';
import { createImageFetcher, type FetchImage, type ImageFetchOptions } from './images/fetch-image.ts';
import { localizeImages, type LocalizeStats } from './images/localize-images.ts';
import { WebError, hostOf } from './fetch/web-error.ts';
import { wholePageArticle } from './whole-page.ts';

export interface CaptureOptions {
  /** The new article's assets folder (articles/<id>/assets); written only once the page is known to be an article. */
  assetsDir: string;
  /** "/articles/<id>/assets/" */
  assetUrlPrefix: string;
  /** Keep the whole page (sanitized) when no article is found, instead of failing with NO_ARTICLE. */
  wholePage?: boolean;
  page?: FetchPageOptions;
  images?: ImageFetchOptions & { concurrency?: number; maxImageBytes?: number; maxTotalBytes?: number; allImagesTimeoutMs?: number };
  /** Replaces the network image fetcher (tests, or a shared connection pool). */
  fetchImage?: FetchImage;
  signal?: AbortSignal;
}

interface CapturedPage {
  /** Ready for Library.add: sanitized, every image local. */
  article: ExtractedArticle;
  /** Where the page really was after redirects; the article's source. */
  finalUrl: string;
  images: LocalizeStats;
  /** Milliseconds spent fetching, extracting and localizing. */
  timings: { fetchMs: number; extractMs: number; imagesMs: number };
}

/** The message a person sees when a page has no article: the next step is offered in the UI. */
const NO_ARTICLE_MESSAGE = "Couldn't find an article here — save the whole page?";

/**
 * Saves one URL's article for offline reading: fetch, extract, then download every image into
 * assetsDir. Fails with a WebError before writing anything when the page cannot be used.
 */
export async function captureUrl(url: string, options: CaptureOptions): Promise<CapturedPage> {
  const started = performance.now();
  const page = await fetchPage(url, { ...options.page, signal: options.signal });
  const fetched = performance.now();
  const article = extract(page.bytes, page.finalUrl, page.contentType, options.wholePage ?? false);
  const extracted = performance.now();
  const localized = await localizeImages(article.html, {
    baseUrl: page.finalUrl,
    assetsDir: options.assetsDir,
    assetUrlPrefix: options.assetUrlPrefix,
    fetchImage: options.fetchImage ?? createImageFetcher({ allowPrivateNetwork: options.page?.allowPrivateNetwork, ...options.images }),
    leadImageUrl: article.leadImage,
    concurrency: options.images?.concurrency,
    maxImageBytes: options.images?.maxImageBytes,
    maxTotalBytes: options.images?.maxTotalBytes,
    totalTimeoutMs: options.images?.allImagesTimeoutMs,
    signal: options.signal,
  });
  return {
    article: { ...article, html: localized.html, leadImage: localized.leadImage },
    finalUrl: page.finalUrl,
    images: localized.stats,
    timings: { fetchMs: fetched - started, extractMs: extracted - fetched, imagesMs: performance.now() - extracted },
  };
}

function extract(bytes: Uint8Array, url: string, contentType: string, wholePage: boolean): ExtractedArticle {
  if (Buffer.from(bytes.subarray(0, 4096)).toString('latin1').trim() === '' && bytes.byteLength <= 4096) {
    throw new WebError(ErrorCode.noArticle, `The page at ${hostOf(url)} arrived empty. Try again later, or open it in your browser.`);
  }
  try {
    return extractArticle(bytes, { url, contentType });
  } catch (error) {
    if ((error as { code?: string }).code !== ErrorCode.noArticle) throw error;
    if (wholePage) return wholePageArticle(bytes, { url, contentType });
    throw new WebError(ErrorCode.noArticle, NO_ARTICLE_MESSAGE);
  }
}
