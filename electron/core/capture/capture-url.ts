import { pageDirection } from '../importers/content-direction.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { hostAddressSpace, type AddressSpace } from './fetch/address-policy.ts';
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
  /**
   * The reader named this address (Add URL, a retry, the browser extension): it may be on this computer or
   * the local network (address-policy.ts). Links an import brought are not, and stay on the open web.
   */
  namedByReader?: boolean;
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

/** A picture the browser already had (sent by the extension), by its absolute URL. */
export interface GivenImage {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The message a person sees when a page has no article: the next step is offered in the UI. */
const NO_ARTICLE_MESSAGE = "Couldn't find an article here — save the whole page?";

/**
 * Saves one URL's article for offline reading: fetch, extract, then download every image into
 * assetsDir. Fails with a WebError before writing anything when the page cannot be used.
 */
export async function captureUrl(url: string, options: CaptureOptions): Promise<CapturedPage> {
  const started = performance.now();
  const reach = options.namedByReader ? 'local' : 'public';
  const page = await fetchPage(url, { reach, ...options.page, signal: options.signal });
  const fetchMs = performance.now() - started;
  return storePage({ bytes: page.bytes, url: page.finalUrl, contentType: page.contentType, space: page.space }, options, fetchMs, options.fetchImage);
}

/**
 * Stores a page Lectern did not fetch itself (the DOM the browser extension sent, as the reader saw it),
 * exactly as a capture of its URL: extracted, sanitized, every picture local. The pictures the browser
 * sent are used as they are; the rest are fetched as a capture fetches them.
 */
export async function captureGivenPage(page: { url: string; html: string; images: readonly GivenImage[] }, options: CaptureOptions): Promise<CapturedPage> {
  const given = new Map(page.images.map((image) => [image.url, image]));
  const space = options.page?.allowPrivateNetwork ? 'local' : await hostAddressSpace(page.url, options.page?.lookup);
  const network = options.fetchImage ?? createImageFetcher(imageOptions(options), { url: page.url, space });
  const fetchImage: FetchImage = async (url, request) => given.get(url) ?? network(url, request);
  return storePage({ bytes: Buffer.from(page.html, 'utf8'), url: page.url, contentType: 'text/html; charset=utf-8', space }, options, 0, fetchImage);
}

function imageOptions(options: CaptureOptions): ImageFetchOptions {
  return { allowPrivateNetwork: options.page?.allowPrivateNetwork, ...options.images };
}

/** Extracts the article from a page's bytes and brings every picture into assetsDir. */
async function storePage(page: { bytes: Uint8Array; url: string; contentType: string; space: AddressSpace }, options: CaptureOptions, fetchMs: number, fetchImage?: FetchImage): Promise<CapturedPage> {
  const started = performance.now();
  const article = extract(page.bytes, page.url, page.contentType, options.wholePage ?? false);
  const extracted = performance.now();
  const localized = await localizeImages(article.html, {
    baseUrl: page.url,
    assetsDir: options.assetsDir,
    assetUrlPrefix: options.assetUrlPrefix,
    fetchImage: fetchImage ?? createImageFetcher(imageOptions(options), { url: page.url, space: page.space }),
    leadImageUrl: article.leadImage,
    concurrency: options.images?.concurrency,
    maxImageBytes: options.images?.maxImageBytes,
    maxTotalBytes: options.images?.maxTotalBytes,
    totalTimeoutMs: options.images?.allImagesTimeoutMs,
    signal: options.signal,
  });
  return {
    article: { ...article, html: localized.html, leadImage: localized.leadImage },
    finalUrl: page.url,
    images: localized.stats,
    timings: { fetchMs, extractMs: extracted - started, imagesMs: performance.now() - extracted },
  };
}

function extract(bytes: Uint8Array, url: string, contentType: string, wholePage: boolean): ExtractedArticle {
  if (Buffer.from(bytes.subarray(0, 4096)).toString('latin1').trim() === '' && bytes.byteLength <= 4096) {
    throw new WebError(ErrorCode.noArticle, `The page at ${hostOf(url)} arrived empty. Try again later, or open it in your browser.`);
  }
  try {
    const article = extractArticle(bytes, { url, contentType });
    // Tags and dir values are ASCII, so reading the bytes as Latin-1 finds them in any ASCII-compatible encoding.
    return { ...article, dir: pageDirection(Buffer.from(bytes.subarray(0, 200_000)).toString('latin1'), article) };
  } catch (error) {
    if ((error as { code?: string }).code !== ErrorCode.noArticle) throw error;
    if (wholePage) return wholePageArticle(bytes, { url, contentType });
    throw new WebError(ErrorCode.noArticle, NO_ARTICLE_MESSAGE);
  }
}
