/** The words under a row's title: site · author · N min · saved date, and a reading state for the markers. */
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { percentRead, readingState } from '../../electron/shared/reading-state.ts';
import { formatReadingTime } from '../../electron/shared/reading-time.ts';
import { displayHost } from '../../electron/shared/web-address.ts';

const DAY = 86_400_000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** "Today", "Yesterday", "3 days ago" for the last week, then "12 Mar", or "12 Mar 2023" in other years. */
export function formatSavedDate(iso: string, now: Date, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const days = Math.round((startOfDay(now) - startOfDay(date)) / DAY);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  if (days < 7) return `${days} days ago`;
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date);
}

/** Where the article came from when it has no site name: the host of a URL, or the kind of source. */
export function sourceLabel(article: Pick<ArticleSummary, 'siteName' | 'source'>): string {
  if (article.siteName) return article.siteName;
  if (article.source.kind === 'url') return displayHost(article.source.value) ?? 'Web page';
  if (article.source.kind === 'pasted') return 'Pasted';
  const file = article.source.value.split(/[\\/]/).pop();
  return file || 'File';
}

export function metaLine(article: ArticleSummary, now: Date, locale?: string): string[] {
  const parts = [sourceLabel(article)];
  if (article.byline) parts.push(article.byline);
  if (article.readingMinutes > 0) parts.push(formatReadingTime(article.readingMinutes));
  parts.push(formatSavedDate(article.savedAt, now, locale));
  return parts.filter((p) => p !== '');
}

export type RowReading = { kind: 'unread' } | { kind: 'reading'; fraction: number; percent: number } | { kind: 'finished' };

/** The row's reading marker, by the same rule as the library's filters. */
export function rowReading(article: Pick<ArticleSummary, 'progress' | 'finishedAt'>): RowReading {
  const state = readingState(article.progress, article.finishedAt);
  if (state !== 'reading') return { kind: state };
  const fraction = Math.min(1, article.progress?.fraction ?? 0);
  return { kind: 'reading', fraction, percent: percentRead(fraction) };
}
