/**
 * Readwise Reader's two exports: the Reader library CSV (Title, URL, ID, Document tags, Saved date,
 * Reading progress, Location, Seen) and the Readwise highlights CSV (readwise-highlights.ts), which has no
 * URL column. Either may come alone, or both in one zip (or one bundle): then highlights are joined to
 * library rows by title, and those whose title no row has are passed on as title-only items, which the
 * pipeline joins to articles already in the library.
 */
import { tagKey } from '../../../shared/tags.ts';
import { emptyItem, type FormatReader, type ImportEntry, type SkippedEntry } from '../import-item.ts';
import { titleKey } from '../import-plan.ts';
import { csvRows, type CsvRow } from '../sources/csv-rows.ts';
import { parseExportDate, parseTagList, progressFraction, textOrNull } from '../sources/field-values.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { csvFilesByHeader, hasCsvWithHeader } from './csv-files-by-header.ts';
import { isReadwiseHighlightsHeader, readHighlightGroups, type HighlightGroup } from './readwise-highlights.ts';
import { linkEntry } from './link-entry.ts';

function isReaderLibraryHeader(columns: readonly string[]): boolean {
  return ['title', 'url', 'document tags', 'saved date', 'location'].every((name) => columns.includes(name));
}

function isReadwiseHeader(columns: readonly string[]): boolean {
  return isReaderLibraryHeader(columns) || isReadwiseHighlightsHeader(columns);
}

/**
 * Document tags with Reader's favourite convention: Reader has no favourite column, and people (and
 * Readeck's importer) mark favourites with the tag `favorite`, which becomes the flag instead of a tag.
 */
function readerTags(cell: string | undefined): { tags: string[]; favorite: boolean } {
  const all = parseTagList(cell);
  const tags = all.filter((tag) => tagKey(tag) !== 'favorite');
  return { tags, favorite: tags.length < all.length };
}

function libraryEntry(file: BundleFile, row: CsvRow, groups: Map<string, HighlightGroup>): ImportEntry {
  const where = `${file.path} line ${row.line}`;
  const values = row.values;
  const url = textOrNull(values['url']);
  const title = textOrNull(values['title']);
  const location = values['location']?.trim().toLowerCase();
  // Feed items are what Reader's RSS subscriptions delivered, not what the reader chose to save.
  if (location === 'feed') return { kind: 'skipped', skipped: { where, url, title, reason: 'an RSS feed item, not a saved article' } };
  const { tags, favorite } = readerTags(values['document tags']);
  // The first row with the title takes its highlights: two articles of one title cannot be told apart.
  const group = title === null ? undefined : groups.get(titleKey(title));
  const entry = linkEntry(where, url, title, {
    tags,
    favorite,
    archived: location === 'archive',
    savedAt: parseExportDate(values['saved date']),
    // The unit is unverified (the API says 0..1, Karakeep's fixture has 100), so values above 1 are percent.
    progress: progressFraction(values['reading progress'], 'auto'),
    highlights: group?.highlights ?? [],
    author: group?.author ?? null,
  });
  if (group && entry.kind === 'item') groups.delete(titleKey(group.title));
  return entry;
}

/** Highlights whose title no library row had: an item without an address, joined by title later. */
function titleOnlyItem(group: HighlightGroup): ImportEntry {
  const { tags, favorite } = readerTags(group.documentTags);
  return { kind: 'item', item: { ...emptyItem(group.where), title: group.title, author: group.author, tags, favorite, highlights: group.highlights } };
}

async function* readReadwise(bundle: ImportBundle): AsyncIterable<ImportEntry> {
  const libraries: BundleFile[] = [];
  const highlightFiles: BundleFile[] = [];
  for (const { file, columns } of await csvFilesByHeader(bundle, isReadwiseHeader)) {
    (isReaderLibraryHeader(columns) ? libraries : highlightFiles).push(file);
  }
  if (libraries.length === 0 && highlightFiles.length === 0) {
    throw new ImportFormatError(`${bundle.name} has neither a Readwise Reader library CSV nor a Readwise highlights CSV.`);
  }
  // Highlights are read first and held by title, so each library row can take its own as it streams past.
  const groups = new Map<string, HighlightGroup>();
  const skippedHighlights: SkippedEntry[] = [];
  for (const file of highlightFiles) skippedHighlights.push(...(await readHighlightGroups(file, bundle.name, groups)));
  for (const file of libraries) {
    for await (const row of csvRows(file, bundle.name)) yield libraryEntry(file, row, groups);
  }
  for (const group of groups.values()) yield titleOnlyItem(group);
  for (const skipped of skippedHighlights) yield { kind: 'skipped', skipped };
}

/** Readwise Reader's library CSV and the Readwise highlights CSV, alone or together. */
export const readwiseReader: FormatReader = {
  format: 'readwise',
  label: 'Readwise Reader export',
  detect: (bundle) => hasCsvWithHeader(bundle, isReadwiseHeader),
  read: readReadwise,
};
