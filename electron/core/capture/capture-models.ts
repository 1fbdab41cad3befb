import type { EventMap } from '../../shared/events.ts';
import type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';

// The shapes that cross to the front ends live in shared/models.ts; core/capture uses them from here.
export type { CaptureOutcome, PendingCapture };

/** Events the capture service raises; the core event bus carries them. */
export type CaptureEventName = Extract<keyof EventMap, 'capture.progress' | 'pending.changed' | 'library.changed'>;

/** How the capture service raises them: the core event bus's own emit fits. */
export type CaptureEmit = <K extends CaptureEventName>(name: K, payload: EventMap[K]) => void;
