/**
 * Readeck's profile export (Profile › Export, or `readeck export`; research/migration-formats.md §1.6):
 * `data.json` beside `bookmarks/<uid>/info.json`, the full bookmark record with PascalCase keys, and
 * `bookmarks/<uid>/container/`, the bookmark's stored copy: its article HTML (named in `Files.article`)
 * and the images it shows under `_resources/`. The richest export of them all.
 */
import { HIGHLIGHT_COLORS, isOneOf, type HighlightColor } from '../../../shared/vocabularies.ts';
import { normalizeTags } from '../../../shared/tags.ts';
import type { FormatReader, ImportedContent, ImportedHighlight, ImportEntry } from '../import-item.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { parseExportDate, parseFlag, progressFraction, textOrNull } from '../sources/field-values.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { htmlFileContent } from './carried-content.ts';
import { annotationHighlights, fileLabel, isRecord, readExportJson, stringList } from './export-json.ts';
import { linkEntry } from './link-entry.ts';

/** `bookmarks/<uid>/info.json`, under whatever folder the zip was made from. */
const INFO_PATH = /^(.*)bookmarks\/([^/]+)\/info\.json$/;
const RESOURCE_PATH = /^(.*bookmarks\/[^/]+\/)container\/_resources\/[^/]+$/;

/** The info.json files whose zip also holds the export's data.json beside `bookmarks/`. */
function infoFiles(bundle: ImportBundle): BundleFile[] {
  return bundle.files.filter((file) => {
    const match = INFO_PATH.exec(file.path);
    return match !== null && !file.path.includes('__MACOSX/') && bundle.file(`${match[1]}data.json`) !== undefined;
  });
}

/**
 * Readeck's colours by our nearest: it has no pink or purple, we have no red. An unknown colour is
 * dropped (null), not guessed.
 */
function highlightColor(value: unknown): HighlightColor | null {
  const color = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (color === '') return 'yellow'; // Readeck's own default when none was stored
  if (color === 'red') return 'pink';
  return isOneOf(HIGHLIGHT_COLORS, color) ? color : null;
}

/**
 * Annotations as highlights. Their start and end selectors are paths into Readeck's own copy of the
 * article with offsets inside one element, not offsets into the article's text; the quote (`text`) is
 * what places a highlight here, so the selectors are not carried.
 */
function readeckHighlights(value: unknown): ImportedHighlight[] {
  return annotationHighlights(value, { quote: 'text', note: 'note', createdAt: 'created' }, (annotation) => highlightColor(annotation.color));
}

/** Each bookmark folder's `container/_resources/` files, gathered in one pass over the zip. */
function resourcesByFolder(bundle: ImportBundle): Map<string, BundleFile[]> {
  const byFolder = new Map<string, BundleFile[]>();
  for (const file of bundle.files) {
    const folder = RESOURCE_PATH.exec(file.path)?.[1];
    if (folder === undefined) continue;
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  return byFolder;
}

/** The article's HTML from the container, with the `_resources/` files it refers to (as `./_resources/x.png`). */
async function containerContent(bundle: ImportBundle, base: string, record: Record<string, unknown>, resourceFiles: readonly BundleFile[]): Promise<ImportedContent | null> {
  const files = isRecord(record.Files) ? record.Files : {};
  const article = isRecord(files.article) ? textOrNull(files.article.name) : null;
  const content = await htmlFileContent(bundle.file(`${base}container/${article ?? 'index.html'}`));
  if (content === null) return null;
  const resources = new Map<string, () => Promise<Uint8Array>>();
  for (const file of resourceFiles) {
    const name = file.path.slice(`${base}container/`.length);
    const used = content.text.includes(`./${name}`) ? `./${name}` : content.text.includes(name) ? name : null;
    if (used !== null) resources.set(used, () => file.bytes());
  }
  return resources.size > 0 ? { ...content, resources } : content;
}

async function readeckEntry(bundle: ImportBundle, file: BundleFile, resources: Map<string, BundleFile[]>): Promise<ImportEntry> {
  const where = file.path;
  const record = await readExportJson(file, bundle.name);
  if (!isRecord(record)) throw new ImportFormatError(`${fileLabel(bundle.name, file.path)} is not a Readeck bookmark record (a JSON object).`);
  const url = textOrNull(record.URL) ?? textOrNull(record.InitialURL);
  const base = file.path.slice(0, -'info.json'.length);
  return linkEntry(where, url, textOrNull(record.Title), {
    author: textOrNull(stringList(record.Authors).join(', ')),
    description: textOrNull(record.Description),
    siteName: textOrNull(record.SiteName) ?? textOrNull(record.Site),
    tags: normalizeTags(stringList(record.Labels)),
    archived: parseFlag(record.IsArchived),
    favorite: parseFlag(record.IsMarked),
    savedAt: parseExportDate(record.Created),
    // Go writes an unset date as 0001-01-01T00:00:00Z, which parseExportDate turns to null.
    publishedAt: parseExportDate(record.Published),
    progress: progressFraction(record.ReadProgress, 100),
    content: await containerContent(bundle, base, record, resources.get(base) ?? []),
    highlights: readeckHighlights(record.Annotations),
  });
}

export const readeckReader: FormatReader = {
  format: 'readeck',
  label: 'Readeck export',
  async detect(bundle) {
    return bundle.isZip && infoFiles(bundle).length > 0;
  },
  async *read(bundle) {
    const files = infoFiles(bundle);
    if (files.length === 0) throw new ImportFormatError(`${bundle.name} holds no data.json with bookmarks/…/info.json beside it, so it is not a Readeck export.`);
    const resources = resourcesByFolder(bundle);
    for (const file of files) yield await readeckEntry(bundle, file, resources);
  },
};
