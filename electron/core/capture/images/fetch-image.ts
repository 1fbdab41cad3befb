import type { AddressSpace } from '../fetch/address-policy.ts';
import { httpGet } from '../fetch/http-get.ts';

/** Downloads one image; localizeImages calls it and treats any throw as "image unavailable". */
export type FetchImage = (url: string, options: { maxBytes: number; signal?: AbortSignal; referer?: string }) => Promise<{ bytes: Uint8Array; contentType: string }>;

export interface ImageFetchOptions {
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  /** Tests: images may come from 127.0.0.1 and the local network whatever the page (metadata addresses stay refused). */
  allowPrivateNetwork?: boolean;
}

/** The page the pictures belong to: its pictures on the same site may reach as far in as it is, others only the open web. */
interface ImagePage {
  url: string;
  space: AddressSpace;
}

const IMAGE_LIMITS = {
  connectTimeoutMs: 8_000,
  totalTimeoutMs: 20_000,
  maxRedirects: 5,
};

const IMAGE_ACCEPT = 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5';

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * How far in one picture may reach: a page on the local network keeps its own pictures (same host), but
 * neither it nor a public page may make Lectern fetch from anywhere else inside (Private Network Access).
 */
function imageReach(url: string, page: ImagePage | undefined): AddressSpace {
  if (!page) return 'public';
  const host = hostnameOf(url);
  return host !== null && host === hostnameOf(page.url) ? page.space : 'public';
}

/** The real image fetcher: the same guarded GET as pages, with image headers and shorter timeouts. */
export function createImageFetcher(options: ImageFetchOptions = {}, page?: ImagePage): FetchImage {
  return async (url, { maxBytes, signal, referer }) => {
    const result = await httpGet(url, {
      accept: IMAGE_ACCEPT,
      maxBytes,
      connectTimeoutMs: options.connectTimeoutMs ?? IMAGE_LIMITS.connectTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs ?? IMAGE_LIMITS.totalTimeoutMs,
      maxRedirects: IMAGE_LIMITS.maxRedirects,
      reach: options.allowPrivateNetwork ? 'local' : imageReach(url, page),
      keepReach: options.allowPrivateNetwork,
      signal,
      referer,
    });
    return { bytes: result.bytes, contentType: result.contentType };
  };
}
