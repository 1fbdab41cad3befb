import type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';

// The shapes that cross to the front ends live in shared/models.ts; core/web uses them from here.
export type { CaptureOutcome, PendingCapture };

/** Events the capture service raises; the core event bus carries them (shared/events.ts). */
export interface CaptureEvents {
  /** Progress of articles.addUrls or pending.retry. */
  'capture.progress': { done: number; total: number; current: string | null };
  /** The pending list changed (a link failed, was saved at last, or was removed). */
  'pending.changed': { count: number };
  'library.changed': { ids: string[] };
}
