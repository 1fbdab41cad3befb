/** What the reader's bar says about where you are: "12 min left", "Finished", or "3 min read" for a text that fits. */
import { formatReadingTime } from '../../electron/shared/reading-time.ts';
import { isAtEnd } from '../../electron/shared/reading-state.ts';

interface StatusInput {
  readingMinutes: number;
  fraction: number;
  /** False when the whole text fits the window: there is no "how far" to tell. */
  scrollable: boolean;
  /** Core has recorded the article as finished (now or on an earlier read). */
  finished: boolean;
}

/** Whole minutes still to read, never shown as 0 before the end. */
export function minutesLeft(readingMinutes: number, fraction: number): number {
  if (isAtEnd(fraction)) return 0;
  return Math.max(1, Math.ceil(readingMinutes * (1 - Math.min(1, Math.max(0, fraction)))));
}

/** True when the reader has reached the end by scrolling (a text that fits the window is not read by opening it). */
export function reachedEnd({ fraction, scrollable }: Pick<StatusInput, 'fraction' | 'scrollable'>): boolean {
  return scrollable && isAtEnd(fraction);
}

/** The bar's status line; a finished article being re-read still counts its minutes down. */
export function readingStatus(input: StatusInput): string {
  if (!input.scrollable) return input.finished ? 'Finished' : `${formatReadingTime(input.readingMinutes)} read`;
  const left = minutesLeft(input.readingMinutes, input.fraction);
  return left === 0 ? 'Finished' : `${formatReadingTime(left)} left`;
}
