import type { ArticleSummary } from '../../shared/models.ts';

/*
 * Shapes that cross to the front ends. Pure types with a single import from shared, so the
 * integrator can move them into electron/shared/models.ts unchanged when the contract grows
 * the articles.addUrls and pending.* methods.
 */

/** A link that is not saved yet: waiting for its first try, or failed and waiting for a retry. */
export interface PendingCapture {
  id: string;
  url: string;
  addedAt: string;
  /** Tries so far; 0 while the first one has not finished. */
  attempts: number;
  lastTriedAt: string | null;
  /** ISO time of the next automatic try; null when it waits for the user (not retryable, or retries used up). */
  nextRetryAt: string | null;
  /** Why the last try failed; null before the first try has finished. */
  error: { code: string; message: string } | null;
  /** The user asked to keep the whole page when no article is found. */
  wholePage: boolean;
  /** True while a try is running (not stored). */
  saving: boolean;
}

/** What happened to one URL. */
export type CaptureOutcome =
  | { url: string; ok: true; article: ArticleSummary; pendingRemoved: string | null }
  | { url: string; ok: false; code: string; message: string; pending: PendingCapture };

/** Events the capture service raises; they belong in shared/events.ts EventMap. */
export interface CaptureEvents {
  /** Progress of articles.addUrls or pending.retry. */
  'capture.progress': { done: number; total: number; current: string | null };
  /** The pending list changed (a link failed, was saved at last, or was removed). */
  'pending.changed': { count: number };
  'library.changed': { ids: string[] };
}
