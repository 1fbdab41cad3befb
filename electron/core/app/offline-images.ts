/**
 * Imported files and pasted text are stored like web captures: no remote picture is left in the body.
 * Lectern does not fetch anything for an import (it is offline by design), so a remote <img> becomes the
 * same quiet "Image unavailable" placeholder a capture leaves for a picture it could not get, and an
 * inline data: image is stored in the article's assets folder. Until now only the CSP kept those remote
 * addresses from being requested when the article was opened.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSource, ArticleSummary } from '../../shared/models.ts';
import { localizeImages } from '../capture/images/localize-images.ts';
import type { FetchImage } from '../capture/images/fetch-image.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import type { Library } from '../library/library.ts';

// Relative addresses in an imported file point nowhere Lectern can reach; they resolve against a host that
// cannot exist (.invalid is reserved) and are refused like any other.
const NO_BASE = 'https://imported-file.invalid/';

const refuseFetch: FetchImage = () => Promise.reject(new Error('imports never fetch pictures from the network'));

/** Stores an imported article with its pictures made local: data: images kept as assets, remote ones placeholders. */
export async function addWithLocalImages(library: Library, article: ExtractedArticle, source: ArticleSource): Promise<ArticleSummary> {
  if (!/<img\b/i.test(article.html) && !article.leadImage) return library.add(article, source);
  const id = randomUUID();
  const folder = library.files.folder(id);
  try {
    const localized = await localizeImages(article.html, {
      baseUrl: NO_BASE,
      assetsDir: join(folder, 'assets'),
      assetUrlPrefix: `/articles/${id}/assets/`,
      fetchImage: refuseFetch,
      leadImageUrl: article.leadImage,
    });
    return await library.add({ ...article, html: localized.html, leadImage: localized.leadImage }, source, { id });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
