/**
 * Where an article stands for its reader: unread, being read, or finished. The library's filters, its row
 * markers, the reader's bar and the CLI all ask here, so an article shown as "1% read" is never listed as
 * unread.
 */
import type { ReadingProgress } from './models.ts';

type ReadingState = 'unread' | 'reading' | 'finished';

/**
 * Progress from which an article counts as started: the least the library row shows as "1% read".
 * Less than that is an article opened and glanced at.
 */
export const STARTED_FRACTION = 0.01;

/** Progress at which an article counts as read to the end: the last lines of a page rarely reach the top of the window. */
export const FINISHED_FRACTION = 0.98;

type Position = Pick<ReadingProgress, 'fraction' | 'anchor'>;

/**
 * True once the reader is under way: 1 % through, or past the first block of the text. The second rule
 * is for book-length texts, where three screens in is still well under 1 %.
 */
export function hasStarted(progress: Position | null | undefined): boolean {
  if (!progress) return false;
  return progress.fraction >= STARTED_FRACTION || (progress.anchor?.block ?? 0) > 0;
}

/** The state an article is in; a finished article stays finished while it is read again. */
export function readingState(progress: Position | null | undefined, finishedAt: string | null): ReadingState {
  if (finishedAt !== null) return 'finished';
  return hasStarted(progress) ? 'reading' : 'unread';
}

/** True when a fraction has reached the end of the text. */
export function isAtEnd(fraction: number): boolean {
  return fraction >= FINISHED_FRACTION;
}

/**
 * The whole percent shown for an article being read: rounded down (99.6 % is not yet "100% read"), and
 * at least 1, since a started article never reads "0% read".
 */
export function percentRead(fraction: number): number {
  // The small epsilon keeps 0.29 (28.999… in binary) at 29.
  return Math.min(100, Math.max(1, Math.floor(fraction * 100 + 1e-9)));
}
