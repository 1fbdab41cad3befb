import type { ArticleSource, ArticleSummary } from '../../shared/models.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import type { Library } from '../library/library.ts';

/**
 * Where captured articles go. The capture needs the article's id before it is stored, because
 * image URLs in the body (/articles/<id>/assets/…) name it.
 */
export interface ArticleSink {
  /** The folder articles/<id>/ for an id that is not stored yet. */
  folder(id: string): string;
  /** Stores the article under exactly this id (its assets are already in folder(id)/assets). */
  add(id: string, article: ExtractedArticle, source: ArticleSource): Promise<ArticleSummary>;
}

/** The real library as a sink; pass a getter when the open library can change (a restored backup). */
export function librarySink(current: Library | (() => Library)): ArticleSink {
  const get = typeof current === 'function' ? current : () => current;
  return {
    folder: (id) => get().files.folder(id),
    add: (id, article, source) => get().add(article, source, { id }),
  };
}
