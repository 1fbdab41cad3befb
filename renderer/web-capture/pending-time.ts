/** "Tried 3 times · next try at 14:05": when a waiting link was and will be tried, as a person reads it. */

export function describeAttempts(attempts: number): string {
  if (attempts <= 0) return 'Not tried yet';
  return attempts === 1 ? 'Tried once' : `Tried ${attempts} times`;
}

/**
 * When the app tries again by itself. Null means never by itself (a 404, a page without an article):
 * the person decides. Times within a day show as a clock time, later ones with the date.
 */
export function describeNextTry(iso: string | null, now: Date, locale?: string): string {
  if (iso === null) return 'waits for you';
  const at = new Date(iso);
  const seconds = (at.getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return 'waits for you';
  if (seconds < 60) return 'next try in a moment';
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (seconds < 20 * 3600) return `next try at ${time}`;
  return `next try ${at.toLocaleDateString(locale, { month: 'short', day: 'numeric' })}, ${time}`;
}
