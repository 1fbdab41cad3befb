/**
 * Whether an article's text is here. An article with a download state is a link whose page has not been
 * downloaded yet, unless only the pictures of an imported text wait (ArticleDownload.imagesOnly): that
 * article is read, searched and highlighted like any other. Core (search, highlights) and the renderer
 * (rows, the reader's gate) decide it by this one rule.
 */
import type { ArticleDownload } from './models-migration.ts';

/** True while the article is a link whose text has not arrived (queued, held or failed). */
export function waitsForText(download: ArticleDownload | undefined): boolean {
  return download !== undefined && download.imagesOnly !== true;
}
