/**
 * The page's same-origin images, fetched by the content script with the reader's cookies and sent as
 * bytes: the app fetches every other image itself, but these may sit behind a login it does not have.
 * Capped per image and in all so one save stays far below the listener's 40 MB body limit.
 */
import type { CapturedImage } from '../api/api-types.ts';

/** fetch as the page would make it (the page's cookies); `content.fetch` in Firefox, `fetch` in Chromium. */
export type PageFetch = (url: string, init: RequestInit) => Promise<Response>;

interface ImageCaps {
  /** Largest single image, in bytes. */
  eachBytes: number;
  /** All images together, in bytes (before base64). */
  totalBytes: number;
}

const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original'];

/** The same-origin http(s) images `document` shows or will show, in document order, without duplicates. */
export function sameOriginImageUrls(document: Document): string[] {
  const origin = new URL(document.URL).origin;
  const found = new Set<string>();
  const consider = (raw: string | null | undefined) => {
    if (!raw || raw.startsWith('data:')) return;
    try {
      const url = new URL(raw, document.baseURI);
      if (url.origin === origin && /^https?:$/.test(url.protocol)) found.add(url.href);
    } catch {
      // An unparsable src is the app's problem to skip, not ours.
    }
  };
  for (const img of Array.from(document.querySelectorAll('img'))) {
    // A 1×1 that finished loading is a tracking pixel; it is not worth the reader's bytes.
    if (img.complete && img.naturalWidth > 0 && img.naturalWidth <= 2 && img.naturalHeight <= 2) continue;
    consider(img.currentSrc);
    consider(img.getAttribute('src'));
    for (const name of LAZY_ATTRIBUTES) consider(img.getAttribute(name));
  }
  return [...found];
}

/** Standard base64 of `bytes`, in chunks so a large image does not overflow the argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fetches each URL with credentials; skips what fails, is not an image, or would break a cap. */
export async function fetchImages(urls: string[], fetchAsPage: PageFetch, caps: ImageCaps): Promise<CapturedImage[]> {
  const images: CapturedImage[] = [];
  let total = 0;
  for (const url of urls) {
    if (total >= caps.totalBytes) break;
    try {
      const response = await fetchAsPage(url, { credentials: 'include', cache: 'force-cache', signal: AbortSignal.timeout(15_000) });
      const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!response.ok || !contentType.startsWith('image/')) continue;
      const declared = Number(response.headers.get('Content-Length') ?? '0');
      if (declared > caps.eachBytes || total + declared > caps.totalBytes) continue;
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length === 0 || bytes.length > caps.eachBytes || total + bytes.length > caps.totalBytes) continue;
      total += bytes.length;
      images.push({ url, contentType, dataBase64: toBase64(bytes) });
    } catch {
      // An image that cannot be fetched here is left to the app, which may still get it.
    }
  }
  return images;
}
