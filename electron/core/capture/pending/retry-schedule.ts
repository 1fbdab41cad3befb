/**
 * When a failed save is tried again on its own. Short gaps first (a dropped Wi-Fi comes back in
 * minutes), then longer ones so a dead site is not hammered; after the last step the link waits
 * for the user to press Retry.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000, 24 * 3600_000, 24 * 3600_000, 24 * 3600_000];

/** Time of the next automatic attempt after `attempts` failures, or null when automatic retries are over. */
export function nextRetryTime(attempts: number, now: number, random: () => number = Math.random): number | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined) return null;
  // Up to 10% jitter so a batch of links that failed together does not retry in one burst.
  return now + Math.round(delay * (1 + random() * 0.1));
}
