import type { ArticleSource, ReadingProgress, Settings, TextDirection } from '../../shared/models.ts';

/** Bump when the stored shape changes, and add a step to migrations.ts. */
export const SCHEMA_VERSION = 1;

/** One article's metadata as stored in library.json. The body lives in articles/<id>/. */
export interface ArticleRecord {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  source: ArticleSource;
  savedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lang: string | null;
  dir: TextDirection;
  excerpt: string;
  leadImage: string | null;
  canonicalUrl: string | null;
  wordCount: number;
  readingMinutes: number;
  archived: boolean;
  favorite: boolean;
  finishedAt: string | null;
  /** Set while a delete can still be undone; the record is hidden from every list meanwhile. */
  deletedAt: string | null;
}

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

export const defaultSettings: Settings = {
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineWidth: 38,
  notesPanelOpen: false,
  librarySort: 'saved',
  libraryFilter: 'all',
  lastOpenArticleId: null,
  window: null,
};

/** Average silent reading speed used for "N min read". */
export const WORDS_PER_MINUTE = 230;

export function readingMinutesFor(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
