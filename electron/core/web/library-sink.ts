import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSource, ArticleSummary } from '../../shared/models.ts';
import type { ExtractedArticle } from '../capture/extracted-article.ts';
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

type AddWithId = (article: ExtractedArticle, source: ArticleSource, options: { id: string }) => Promise<ArticleSummary>;

/** The real library as a sink. */
export function librarySink(library: Library): ArticleSink {
  return {
    folder: (id) => library.files.folder(id),
    async add(id, article, source) {
      const summary = await (library.add as unknown as AddWithId).call(library, article, source, { id });
      if (summary.id === id) return summary;
      // A Library.add that still picks its own id: move the images under that id and point the
      // body at them. (The stored record's leadImage keeps the planned id until Library.add takes { id }.)
      const from = join(library.files.folder(id), 'assets');
      await rename(from, join(library.files.folder(summary.id), 'assets')).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rm(library.files.folder(id), { recursive: true, force: true });
      const html = article.html.replaceAll(`/articles/${id}/`, `/articles/${summary.id}/`);
      await library.files.writeBody(summary.id, html, article.text);
      return { ...summary, leadImage: summary.leadImage?.replace(`/articles/${id}/`, `/articles/${summary.id}/`) ?? null };
    },
  };
}
