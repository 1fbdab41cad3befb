/**
 * Pictures in the text an export carries. The ones the export holds itself (Readeck's `_resources/`) are
 * stored in the article's folder like any captured image. The others, on the web, are not fetched during an
 * import (an import of 1,000 articles must not wait on 1,000 hosts): they become markers (image-markers.ts),
 * a quiet "not downloaded yet" placeholder each, and the download queue fetches them afterwards.
 */
import { join } from 'node:path';
import { localizeImages } from '../capture/images/localize-images.ts';
import type { FetchImage } from '../capture/images/fetch-image.ts';
import type { ImportedContent } from './import-item.ts';
import { markRemoteImages } from './image-markers.ts';

/** Where relative links in a body without an address of its own resolve (never fetched). */
const IMPORT_BASE = 'https://import.invalid/';

function resourcesByUrl(resources: ImportedContent['resources'], baseUrl: string): Map<string, () => Promise<Uint8Array>> {
  const byUrl = new Map<string, () => Promise<Uint8Array>>();
  for (const [path, load] of resources ?? []) {
    try {
      byUrl.set(new URL(path, baseUrl).href, load);
    } catch {
      // A resource name that is no URL path cannot be referred to from the body either.
    }
  }
  return byUrl;
}

function bundleImageFetcher(byUrl: ReadonlyMap<string, () => Promise<Uint8Array>>): FetchImage {
  return async (url, { maxBytes }) => {
    const load = byUrl.get(url);
    if (load === undefined) throw new Error('not in the export');
    const bytes = await load();
    if (bytes.length > maxBytes) throw new Error('too large');
    return { bytes, contentType: '' };
  };
}

/**
 * The body with its pictures stored in articles/<id>/assets (from the export), marked to be fetched later
 * (on the web; `remoteImages` counts them), or replaced by placeholders (neither).
 */
export async function localizeImportedImages(
  html: string,
  options: { articleFolder: string; articleId: string; url: string | null; resources: ImportedContent['resources'] },
): Promise<{ html: string; leadImage: string | null; remoteImages: number }> {
  if (!/<img\b/i.test(html)) return { html, leadImage: null, remoteImages: 0 };
  const baseUrl = options.url ?? IMPORT_BASE;
  const byUrl = resourcesByUrl(options.resources, baseUrl);
  const handledNow = (url: string) => byUrl.has(url) || /^data:/i.test(url) || url.startsWith(IMPORT_BASE);
  const marked = markRemoteImages(html, { baseUrl, handledNow });
  const result = await localizeImages(marked.html, {
    baseUrl,
    assetsDir: join(options.articleFolder, 'assets'),
    assetUrlPrefix: `/articles/${options.articleId}/assets/`,
    fetchImage: bundleImageFetcher(byUrl),
    leadImageUrl: null,
    totalTimeoutMs: 30_000,
  });
  return { html: result.html, leadImage: result.leadImage, remoteImages: marked.marked };
}
