import type { ArticleSource, ArticleSummary, ReadingProgress, Settings } from '../../shared/models.ts';
import { readingMinutes } from '../../shared/word-count.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';

/**
 * One article's metadata as stored in library.json: what the list shows, minus the values kept in
 * other files (progress, notes), plus bookkeeping. The body lives in articles/<id>/.
 */
export type ArticleRecord = Omit<ArticleSummary, 'progress' | 'hasNote' | 'match'> & {
  canonicalUrl: string | null;
  /** Set while a delete can still be undone; the record is hidden from every list meanwhile. */
  deletedAt: string | null;
};

export interface LibraryFile {
  schemaVersion: number;
  articles: ArticleRecord[];
}

interface NoteRecord {
  text: string;
  updatedAt: string;
}

export interface AnnotationsFile {
  schemaVersion: number;
  notes: Record<string, NoteRecord>;
}

export interface ProgressFile {
  schemaVersion: number;
  progress: Record<string, ReadingProgress>;
}

export type SettingsFile = Settings & { schemaVersion: number };

/** The record of an article saved just now, before anyone has read, kept or deleted it. */
export function newArticleRecord(id: string, extracted: ExtractedArticle, source: ArticleSource, now: string): ArticleRecord {
  return {
    id,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    source,
    savedAt: now,
    updatedAt: now,
    publishedAt: extracted.publishedAt,
    lang: extracted.lang,
    dir: extracted.dir,
    excerpt: extracted.excerpt,
    tags: [],
    leadImage: extracted.leadImage,
    canonicalUrl: extracted.canonicalUrl,
    wordCount: extracted.wordCount,
    readingMinutes: readingMinutes(extracted.wordCount),
    archived: false,
    favorite: false,
    finishedAt: null,
    deletedAt: null,
  };
}
