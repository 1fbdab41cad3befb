import type { EventMap } from '../../shared/events.ts';
import type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';

// The shapes that cross to the front ends live in shared/models.ts; core/capture uses them from here.
export type { CaptureOutcome, PendingCapture };

/** Events the capture service raises; the core event bus carries them. */
export type CaptureEvents = Pick<EventMap, 'capture.progress' | 'pending.changed' | 'library.changed'>;
