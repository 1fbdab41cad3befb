/**
 * The sentences of moving in: which service a file came from, the counts of a preview, the progress line and
 * the summary of a finished import. Pure, so the words are tested rather than looked at.
 */
import type { EventMap } from '../../../electron/shared/events.ts';
import type { ImportReport } from '../../../electron/shared/models-migration.ts';
import type { MigrationFormat } from '../../../electron/shared/vocabularies.ts';

/** Every format names its service; the type makes a new format without a name a compile error. */
const SERVICE_NAMES: Record<MigrationFormat, string> = {
  pocket: 'Pocket',
  'pocket-html': 'Pocket',
  instapaper: 'Instapaper',
  omnivore: 'Omnivore',
  wallabag: 'Wallabag',
  readwise: 'Readwise Reader',
  readeck: 'Readeck',
  karakeep: 'Karakeep',
  raindrop: 'Raindrop.io',
  matter: 'Matter',
  netscape: 'your bookmarks',
  'lectern-archive': 'a Lectern archive',
};

/** "Pocket", "Readwise Reader", "your bookmarks": what "Import from …" and "Imported … from …" end with. */
export function serviceName(format: MigrationFormat): string {
  return SERVICE_NAMES[format];
}

const numbers = new Intl.NumberFormat('en');
const days = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' });

/** "1 article", "1,234 articles"; the plural is the word and an s unless given. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(count)} ${count === 1 ? singular : plural}`;
}

/** A number with its thousands marked: "1,234". */
export function formatCount(count: number): string {
  return numbers.format(count);
}

type Phase = EventMap['migration.progress']['phase'];

const PHASES: Record<Phase, string> = {
  reading: 'Reading the export',
  writing: 'Adding articles',
  placing: 'Placing highlights',
};

/** The progress banner's line: "Adding articles: 300 of 1,234", or "Reading the export: 1,200 entries" while the total is unknown. */
export function progressLine(phase: Phase, done: number, total: number): string {
  if (total > 0) return `${PHASES[phase]}: ${formatCount(Math.min(done, total))} of ${formatCount(total)}`;
  return done > 0 ? `${PHASES[phase]}: ${counted(done, 'entry', 'entries')}` : PHASES[phase];
}

/** One toast for a finished import: "Imported 1,234 articles from Pocket · 56 highlights · 1,200 to download". */
export function summaryMessage(report: ImportReport): string {
  const from = serviceName(report.format);
  const parts: string[] = [];
  if (report.added > 0) parts.push(`Imported ${counted(report.added, 'article')} from ${from}`);
  else if (report.enriched > 0) parts.push(`Brought ${from}’s tags and highlights to ${counted(report.enriched, 'article')} already here`);
  else parts.push(`Nothing new in ${report.fileName}: everything in it is already in your library`);
  if (report.added > 0 && report.enriched > 0) parts.push(`${formatCount(report.enriched)} already here updated`);
  if (report.highlights > 0) parts.push(counted(report.highlights, 'highlight'));
  if (report.queuedForDownload > 0) parts.push(`${formatCount(report.queuedForDownload)} to download`);
  const notImported = report.skipped.length + report.failed.length;
  if (notImported > 0) parts.push(`${formatCount(notImported)} not imported`);
  return parts.join(' · ');
}

/** The preview's line for a file imported before: when, and what importing it again does. */
export function importedBeforeLine(before: { at: string; finished: boolean }): string {
  const day = days.format(new Date(before.at));
  if (before.finished) return `This file was imported on ${day}; importing it again adds only what is missing.`;
  return `An import of this file on ${day} stopped before it finished; importing it again finishes it, adding only what is missing.`;
}
