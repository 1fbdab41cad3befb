/**
 * Reading time as people say it: minutes up to two hours, then hours, then days past two days. A 49 MB text
 * is "24 days", not "34440 min". Every place that shows an article's minutes (rows, the reader, the CLI) says it
 * this way.
 */

const MINUTES_SHOWN_UP_TO = 120;
const HOUR = 60;
const DAY = 24 * HOUR;
const HOURS_SHOWN_UP_TO = 2 * DAY;

/** "12 min", "3 hours", "24 days" for a count of reading minutes. */
export function formatReadingTime(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole <= MINUTES_SHOWN_UP_TO) return `${whole} min`;
  if (whole < HOURS_SHOWN_UP_TO) return `${Math.round(whole / HOUR)} hours`;
  return `${Math.round(whole / DAY)} days`;
}
