import type { ArticleSummary, ReadingProgress, Settings } from '../../shared/models.ts';

/**
 * One article's metadata as stored in library.json: what the list shows, minus the values kept in
 * other files (progress, notes), plus bookkeeping. The body lives in articles/<id>/.
 */
export type ArticleRecord = Omit<ArticleSummary, 'progress' | 'hasNote'> & {
  canonicalUrl: string | null;
  /** Set while a delete can still be undone; the record is hidden from every list meanwhile. */
  deletedAt: string | null;
};

export interface LibraryFile {
  schemaVersion: number;
  articles: ArticleRecord[];
}

export interface NoteRecord {
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

