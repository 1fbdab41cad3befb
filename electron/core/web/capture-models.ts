
/* The shapes that cross to the front ends live in the contract's models; capture code imports them from here. */

export type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';

/** Events the capture service raises; they belong in shared/events.ts EventMap. */
export interface CaptureEvents {
  /** Progress of articles.addUrls or pending.retry. */
  'capture.progress': { done: number; total: number; current: string | null };
  /** The pending list changed (a link failed, was saved at last, or was removed). */
  'pending.changed': { count: number };
  'library.changed': { ids: string[] };
}
