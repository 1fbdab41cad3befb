import type { ArticleSource, ArticleSummary } from '../../shared/models.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import type { Library } from '../library/library.ts';
import { articleWithUrl } from '../migration/library-match.ts';

/**
 * Where captured articles go. The capture needs the article's id before it is stored, because
 * image URLs in the body (/articles/<id>/assets/…) name it.
 */
export interface ArticleSink {
  /** The folder articles/<id>/ for an id that is not stored yet. */
  folder(id: string): string;
  /** Stores the article under exactly this id (its assets are already in folder(id)/assets). */
  add(id: string, article: ExtractedArticle, source: ArticleSource): Promise<ArticleSummary>;
  /** The live article a link already is (same URL identity), or null: saving it again must not make a second copy. */
  existing?(url: string): ArticleSummary | null;
}

/** The real library as a sink. */
export function librarySink(library: Library): ArticleSink {
  return {
    folder: (id) => library.files.folder(id),
    add: (id, article, source) => library.add(article, source, { id }),
    existing: (url) => {
      const id = articleWithUrl(library.records(), url);
      return id === undefined ? null : library.get(id);
    },
  };
}
