import type { ArticleRecord } from './schema.ts';

/** What articles.update and articles.updateMany may change about an article. */
export interface ArticlePatch {
  archived?: boolean;
  favorite?: boolean;
  finished?: boolean;
  title?: string;
}

/**
 * The record with the patch applied and updatedAt set to now, or the very same record when the patch
 * changes nothing (a bulk action's Undo must reverse only what it changed). Finishing keeps the first
 * finishedAt.
 */
export function patchArticle(record: ArticleRecord, patch: ArticlePatch, now: string): ArticleRecord {
  const archived = patch.archived ?? record.archived;
  const favorite = patch.favorite ?? record.favorite;
  const title = patch.title?.trim() ?? record.title;
  const finishedAt = patch.finished === undefined ? record.finishedAt : patch.finished ? (record.finishedAt ?? now) : null;
  if (archived === record.archived && favorite === record.favorite && title === record.title && finishedAt === record.finishedAt) return record;
  return { ...record, archived, favorite, title, finishedAt, updatedAt: now };
}
