import { httpGet } from '../fetch/http-get.ts';

/** Downloads one image; localizeImages calls it and treats any throw as "image unavailable". */
export type FetchImage = (url: string, options: { maxBytes: number; signal?: AbortSignal; referer?: string }) => Promise<{ bytes: Uint8Array; contentType: string }>;

export interface ImageFetchOptions {
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  allowPrivateNetwork?: boolean;
}

const IMAGE_LIMITS = {
  connectTimeoutMs: 8_000,
  totalTimeoutMs: 20_000,
  maxRedirects: 5,
};

const IMAGE_ACCEPT = 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5';

/** The real image fetcher: the same guarded GET as pages, with image headers and shorter timeouts. */
export function createImageFetcher(options: ImageFetchOptions = {}): FetchImage {
  return async (url, { maxBytes, signal, referer }) => {
    const result = await httpGet(url, {
      accept: IMAGE_ACCEPT,
      maxBytes,
      connectTimeoutMs: options.connectTimeoutMs ?? IMAGE_LIMITS.connectTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs ?? IMAGE_LIMITS.totalTimeoutMs,
      maxRedirects: IMAGE_LIMITS.maxRedirects,
      allowPrivateNetwork: options.allowPrivateNetwork,
      signal,
      referer,
    });
    return { bytes: result.bytes, contentType: result.contentType };
  };
}
