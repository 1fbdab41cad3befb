/**
 * Pocket's export from October 2024 until the shutdown (docs research §1.1): `pocket.zip` with the saves in
 * `part_000000.csv`, `part_000001.csv`… (10,000 rows each), highlights in `annotations/`, and shareable lists
 * in `collections/`. A bare `part_*.csv` someone unzipped is read too, without the extras.
 *
 * What the export never had, so no reader can bring it back (worth telling people in the preview):
 * - favourites: Pocket's query did not select them (wallabag#3632 is people finding out);
 * - deleted and hidden saves, excerpts, word counts and article text;
 * - highlight notes, colours and positions: quotes and dates only.
 * Titles: Pocket wrote the address as the title of an untitled save, so a title equal to the URL is none.
 * URLs are kept as given, `#fragment` and all: duplicates are the import's one rule (url-identity.ts).
 */
import type { FormatReader, ImportEntry } from '../import-item.ts';
import { csvColumns, csvRows, hasColumns } from '../sources/csv-rows.ts';
import { parseExportDate, splitTags, textOrNull } from '../sources/field-values.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { PocketExtras, type PocketExtra } from './pocket-extras.ts';
import { linkEntry } from './link-entry.ts';

const PART_FILE = /(?:^|\/)part_(\d+)\.csv$/i;
/**
 * Both generations of the header: `title,url,time_added,cursor,tags,status` (October 2024 to March 2025)
 * and `title,url,time_added,tags,status` (after). Columns are found by name, so `cursor` does not matter.
 */
const REQUIRED_COLUMNS = ['title', 'url', 'time_added'];

function partNumber(file: BundleFile): number {
  return Number(PART_FILE.exec(file.path)?.[1] ?? 0);
}

/** The CSV files of saves, in part order: every part_*.csv of a zip, or the one file that is not a zip. */
function saveFiles(bundle: ImportBundle): BundleFile[] {
  if (!bundle.isZip) return bundle.files.slice(0, 1);
  return bundle.files
    .filter((file) => PART_FILE.test(file.path) && !/(?:^|\/)(?:annotations|collections)\//i.test(file.path))
    .sort((a, b) => partNumber(a) - partNumber(b) || a.path.localeCompare(b.path));
}

function withExtras(entry: ImportEntry, extra: PocketExtra | undefined): ImportEntry {
  if (entry.kind !== 'item' || extra === undefined) return entry;
  const { item } = entry;
  return {
    kind: 'item',
    item: { ...item, title: item.title ?? extra.title, description: extra.description, note: extra.note, highlights: extra.highlights },
  };
}

function saveEntry(values: Record<string, string>, where: string, extras: PocketExtras): ImportEntry {
  const url = (values['url'] ?? '').trim();
  const title = textOrNull(values['title']);
  // Taken even for a row that is skipped, so its highlights do not come back as an item of their own.
  const extra = extras.take(url);
  const entry = linkEntry(where, url, title, {
    // Pipe-separated; tags keep their spaces and accents ("with space", "withÄumlaut").
    tags: splitTags(values['tags'], '|'),
    // `archive` or `unread`; Pocket left deleted saves out of the export.
    archived: (values['status'] ?? '').trim().toLowerCase() === 'archive',
    savedAt: parseExportDate(values['time_added']),
  });
  return withExtras(entry, extra);
}

/**
 * A save the CSV does not list but the annotations or a list do (it was removed from the list after being
 * highlighted, or the CSV part is missing): still an item, so its highlights and note are not lost.
 */
function extraOnlyEntry(extra: PocketExtra): ImportEntry {
  return withExtras(linkEntry(extra.where, extra.url, extra.title), extra);
}

export const pocketZipReader: FormatReader = {
  format: 'pocket',
  label: 'Pocket export (2024–25)',
  async detect(bundle) {
    const first = saveFiles(bundle)[0];
    return first !== undefined && hasColumns(await csvColumns(first), REQUIRED_COLUMNS);
  },
  async *read(bundle) {
    const extras = bundle.isZip ? await PocketExtras.read(bundle) : new PocketExtras();
    for (const file of saveFiles(bundle)) {
      if (!hasColumns(await csvColumns(file), ['url'])) {
        throw new ImportFormatError(`${bundle.name}: ${file.path} has no "url" column, so it is not a list of Pocket saves.`);
      }
      for await (const row of csvRows(file, bundle.name)) yield saveEntry(row.values, `${file.path} line ${row.line}`, extras);
    }
    for (const extra of extras.rest()) yield extraOnlyEntry(extra);
  },
};
