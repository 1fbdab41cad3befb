/**
 * Pictures in the text an export carries. The ones the export holds itself (Readeck's `_resources/`) are
 * stored in the article's folder like any captured image; the others, on the web, are not fetched during an
 * import (an import of 1,000 articles must not wait on 1,000 hosts) and become the same quiet "Image
 * unavailable" placeholder a capture uses, never a broken picture the reader's CSP blocks.
 */
import { join } from 'node:path';
import { localizeImages } from '../capture/images/localize-images.ts';
import type { FetchImage } from '../capture/images/fetch-image.ts';
import type { ImportedContent } from './import-item.ts';

/** Where relative links in a body without an address of its own resolve (never fetched). */
const IMPORT_BASE = 'https://import.invalid/';

function bundleImageFetcher(resources: ImportedContent['resources'], baseUrl: string): FetchImage {
  const byUrl = new Map<string, () => Promise<Uint8Array>>();
  for (const [path, load] of resources ?? []) {
    try {
      byUrl.set(new URL(path, baseUrl).href, load);
    } catch {
      // A resource name that is no URL path cannot be referred to from the body either.
    }
  }
  return async (url, { maxBytes }) => {
    const load = byUrl.get(url);
    if (load === undefined) throw new Error('not in the export');
    const bytes = await load();
    if (bytes.length > maxBytes) throw new Error('too large');
    return { bytes, contentType: '' };
  };
}

/** The body with its pictures stored in articles/<id>/assets (from the export) or replaced by placeholders. */
export async function localizeImportedImages(html: string, options: { articleFolder: string; articleId: string; url: string | null; resources: ImportedContent['resources'] }): Promise<{ html: string; leadImage: string | null }> {
  if (!/<img\b/i.test(html)) return { html, leadImage: null };
  const baseUrl = options.url ?? IMPORT_BASE;
  const result = await localizeImages(html, {
    baseUrl,
    assetsDir: join(options.articleFolder, 'assets'),
    assetUrlPrefix: `/articles/${options.articleId}/assets/`,
    fetchImage: bundleImageFetcher(options.resources, baseUrl),
    leadImageUrl: null,
    totalTimeoutMs: 30_000,
  });
  return { html: result.html, leadImage: result.leadImage };
}
