import type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';
import type { Emit } from '../event-bus.ts';

// The shapes that cross to the front ends live in shared/models.ts; core/capture uses them from here.
export type { CaptureOutcome, PendingCapture };

/** How the capture service raises its events (the library raises library.changed for a saved article). */
export type CaptureEmit = Emit<'capture.progress' | 'pending.changed'>;
