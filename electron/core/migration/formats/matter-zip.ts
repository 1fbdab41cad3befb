/**
 * Matter's `Archive.zip` (research/migration-formats.md §1.9): `_matter_history.csv`, perhaps in a folder;
 * beside it each article's page in the file its `File Id` column names, and `_matter_highlights.csv`,
 * which has no URL, so highlights are joined to history rows by title. The history CSV has had two
 * headers: 2022's `…,Saved,Read,Highlight Count,…` and the newer `…,Tags,…,In Queue,Favorited,Read,
 * Highlight_Count,…`; columns are read by name, so both are one reader.
 */
import { emptyItem, type FormatReader, type ImportedHighlight, type ImportEntry, type SkippedEntry } from '../import-item.ts';
import { titleKey } from '../import-plan.ts';
import { csvRows, type CsvRow } from '../sources/csv-rows.ts';
import { parseExportDate, parseFlag, splitTags, textOrNull } from '../sources/field-values.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { htmlFileContent } from './carried-content.ts';
import { linkEntry } from './link-entry.ts';

const HISTORY_NAME = '_matter_history.csv';
const HIGHLIGHTS_NAME = '_matter_highlights.csv';

interface HighlightGroup {
  where: string;
  title: string;
  author: string | null;
  highlights: ImportedHighlight[];
}

/** The history file, at the top or in the folder the archive was unpacked into (not a macOS `._` copy). */
function historyFile(bundle: ImportBundle): BundleFile | undefined {
  return bundle.files.find((file) => (file.path === HISTORY_NAME || file.path.endsWith(`/${HISTORY_NAME}`)) && !file.path.includes('__MACOSX/'));
}

/** Every highlight by the title of its article, in file order; rows without text or title are skipped entries. */
async function readHighlightGroups(file: BundleFile, bundleName: string, groups: Map<string, HighlightGroup>): Promise<SkippedEntry[]> {
  const skipped: SkippedEntry[] = [];
  for await (const { line, values } of csvRows(file, bundleName)) {
    const where = `${file.path} line ${line}`;
    const title = textOrNull(values['title']);
    const quote = values['text']?.trim() ?? '';
    if (quote === '' || title === null) {
      skipped.push({ where, url: null, title, reason: quote === '' ? 'a highlight with no highlighted text' : 'a highlight without an article title, so it cannot be matched to an article' });
      continue;
    }
    const key = titleKey(title);
    const group = groups.get(key) ?? { where, title, author: textOrNull(values['author']), highlights: [] };
    groups.set(key, group);
    // Whether Matter writes a note column is unverified; one named Note is read when it is there.
    group.highlights.push({ quote, note: values['note']?.trim() ?? '', tags: [], color: null, createdAt: parseExportDate(values['highlighted date']) });
  }
  return skipped;
}

/**
 * Archived: the newer export says `In Queue`; 2022's has no queue column, so an article marked Read, or
 * one never Saved (seen in Matter's feed only), counts as archived and a saved, unread one stays queued.
 */
function isArchived(values: Record<string, string>): boolean {
  if ('in queue' in values) return !parseFlag(values['in queue']);
  return parseFlag(values['read']) || ('saved' in values && !parseFlag(values['saved']));
}

async function historyEntry(bundle: ImportBundle, file: BundleFile, row: CsvRow, groups: Map<string, HighlightGroup>): Promise<ImportEntry> {
  const values = row.values;
  const title = textOrNull(values['title']);
  const fileId = textOrNull(values['file id']);
  const dir = file.path.slice(0, file.path.length - HISTORY_NAME.length);
  // The first row with a title takes its highlights: two articles of one title cannot be told apart.
  const group = title === null ? undefined : groups.get(titleKey(title));
  const entry = linkEntry(`${file.path} line ${row.line}`, values['url'] ?? null, title, {
    author: textOrNull(values['author']),
    siteName: textOrNull(values['publisher']),
    tags: splitTags(values['tags'], ';'),
    archived: isArchived(values),
    favorite: parseFlag(values['favorited']),
    // Matter exports no saved date; its last interaction (local time, no zone) is the closest it has.
    savedAt: parseExportDate(values['last interaction date']),
    highlights: group?.highlights ?? [],
  });
  if (entry.kind === 'skipped') return entry;
  if (group) groups.delete(titleKey(group.title));
  // The page as Matter kept it; a File Id whose file is missing leaves the item to be downloaded.
  if (fileId !== null) entry.item.content = await htmlFileContent(bundle.file(`${dir}${fileId}`));
  return entry;
}

async function* readMatter(bundle: ImportBundle): AsyncIterable<ImportEntry> {
  const history = historyFile(bundle);
  if (!history) throw new ImportFormatError(`${bundle.name} holds no ${HISTORY_NAME}, so it is not a Matter export.`);
  const dir = history.path.slice(0, history.path.length - HISTORY_NAME.length);
  const highlightsFile = bundle.file(`${dir}${HIGHLIGHTS_NAME}`);
  // Highlights are read first and held by title, so each history row can take its own as it streams past.
  const groups = new Map<string, HighlightGroup>();
  const skipped = highlightsFile ? await readHighlightGroups(highlightsFile, bundle.name, groups) : [];
  for await (const row of csvRows(history, bundle.name)) yield await historyEntry(bundle, history, row, groups);
  // Highlights whose title no history row has: items without an address, which the pipeline joins to
  // articles already in the library by title.
  for (const group of groups.values()) {
    yield { kind: 'item', item: { ...emptyItem(group.where), title: group.title, author: group.author, highlights: group.highlights } };
  }
  for (const entry of skipped) yield { kind: 'skipped', skipped: entry };
}

export const matterReader: FormatReader = {
  format: 'matter',
  label: 'Matter export',
  async detect(bundle) {
    return historyFile(bundle) !== undefined;
  },
  read: readMatter,
};
