/**
 * The words of background downloads: the banner's "Downloading articles: 1,234 left · 40/min · about 30 min"
 * (or paused, or what failed), and one article's state in the reader. Pure, so edges are tested.
 */
import type { ArticleDownload, DownloadStatus } from '../../../electron/shared/models-migration.ts';
import { counted, formatCount } from './migration-wording.ts';

/** "under a minute", "about 30 min", "about 2 h 10 min": rounded the way a person would say it. */
function timeLeft(seconds: number): string {
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} min`;
  const tens = Math.round(minutes / 10) * 10;
  const hours = Math.floor(tens / 60);
  const rest = tens % 60;
  return `about ${hours} h${rest > 0 ? ` ${rest} min` : ''}`;
}

/** Articles still to download: waiting plus the ones in hand. */
export function downloadsLeft(status: DownloadStatus): number {
  return status.queued + status.active;
}

/** The banner's line, or null when there is nothing to say (no queue, nothing failed). */
export function downloadsLine(status: DownloadStatus): string | null {
  const left = downloadsLeft(status);
  const failed = status.failed > 0 ? `${formatCount(status.failed)} failed` : null;
  if (left === 0) return failed ? `${counted(status.failed, 'article')} could not be downloaded` : null;
  if (status.paused) return [`Downloads paused: ${formatCount(left)} left`, failed].filter(Boolean).join(' · ');
  const parts = [`Downloading articles: ${formatCount(left)} left`];
  if (status.perMinute !== null && status.perMinute > 0) parts.push(`${formatCount(Math.round(status.perMinute))}/min`);
  if (status.secondsLeft !== null) parts.push(timeLeft(status.secondsLeft));
  if (failed) parts.push(failed);
  return parts.join(' · ');
}

/** What the reader's panel says about one article's text: on its way, left for later, or why it failed. */
export function articleDownloadLine(download: ArticleDownload): string {
  if (download.state === 'failed') return `The download failed: ${download.error?.message ?? 'Lectern could not fetch the page.'}`;
  if (download.state === 'held') return 'Not downloaded — it was imported as a link, to be downloaded when you ask.';
  return 'Not downloaded yet — it will be saved in the background.';
}
