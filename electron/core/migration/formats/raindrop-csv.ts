/**
 * Raindrop.io's CSV backup. Three generations of header are in the wild, so columns are looked up by name:
 * `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite` (current, wallabag#8211),
 * `title,note,excerpt,url,folder,tags,created,cover,highlights,important,broken` (older: `important` is the
 * favourite) and `title,description,url,folder,tags,created,cover,highlights` (older still). A
 * single-collection export may have no `folder`. Raindrop has no archived state and exports no page text.
 */
import { normalizeTags } from '../../../shared/tags.ts';
import type { FormatReader, ImportEntry, ImportedHighlight } from '../import-item.ts';
import { csvRows, type CsvRow } from '../sources/csv-rows.ts';
import { parseExportDate, parseFlag, splitTags, textOrNull } from '../sources/field-values.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { csvFilesByHeader, hasCsvWithHeader } from './csv-files-by-header.ts';
import { linkEntry } from './link-entry.ts';

/** url, title, tags and created are in every generation; excerpt, cover or highlights tell it from other bookmark CSVs. */
function isRaindropHeader(columns: readonly string[]): boolean {
  return ['url', 'title', 'tags', 'created'].every((name) => columns.includes(name)) && ['excerpt', 'cover', 'highlights'].some((name) => columns.includes(name));
}

/**
 * The collection path as tags, one per level: "Dev/Go" gives "Dev" and "Go". Lectern's tags are flat, and
 * one tag per level keeps both "everything in Dev" and "Go" findable and lets "Go" meet an existing tag of
 * that name, where a single "Dev/Go" tag would match neither. `Unsorted` is Raindrop's "no collection".
 */
function folderTags(folder: string | undefined): string[] {
  const path = folder?.trim() ?? '';
  if (path === '' || path.toLowerCase() === 'unsorted') return [];
  return path.split('/');
}

/**
 * The `highlights` cell, whose format no source shows for certain. Only the labelled form seen in
 * community fixtures is split: lines starting `Highlight:` open a highlight, `Note:` gives it a note,
 * other lines continue the one before. Anything else returns null and is kept as note text, because a
 * wrong split would invent quotes the article does not contain, while a note loses nothing.
 */
function labelledHighlights(cell: string): ImportedHighlight[] | null {
  const lines = cell.split(/\r?\n/);
  const highlights: ImportedHighlight[] = [];
  let field: 'quote' | 'note' = 'quote';
  for (const line of lines) {
    const label = /^(highlight|note):\s?(.*)$/i.exec(line);
    const current = highlights.at(-1);
    if (label?.[1]?.toLowerCase() === 'highlight') {
      highlights.push({ quote: label[2] ?? '', note: '', tags: [], color: null, createdAt: null });
      field = 'quote';
    } else if (label && current) {
      current.note = label[2] ?? '';
      field = 'note';
    } else if (current) {
      current[field] += `\n${line}`;
    } else if (line.trim() !== '') {
      return null;
    }
  }
  const kept = highlights.map((highlight) => ({ ...highlight, quote: highlight.quote.trim(), note: highlight.note.trim() }));
  return kept.length > 0 && kept.every((highlight) => highlight.quote !== '') ? kept : null;
}

function raindropEntry(file: BundleFile, row: CsvRow): ImportEntry {
  const where = `${file.path} line ${row.line}`;
  const values = row.values;
  const cell = values['highlights'] ?? '';
  const highlights = cell.trim() === '' ? [] : labelledHighlights(cell);
  const notes = [textOrNull(values['note']), highlights === null ? `Highlights saved in Raindrop:\n\n${cell.trim()}` : null];
  const favorite = values['favorite'] ?? values['important'];
  return linkEntry(where, textOrNull(values['url']), textOrNull(values['title']), {
    description: textOrNull(values['excerpt'] ?? values['description']),
    tags: normalizeTags([...splitTags(values['tags'], ','), ...folderTags(values['folder'])]),
    favorite: parseFlag(favorite),
    savedAt: parseExportDate(values['created']),
    note: notes.filter((part) => part !== null).join('\n\n') || null,
    highlights: highlights ?? [],
  });
}

async function* readRaindrop(bundle: ImportBundle): AsyncIterable<ImportEntry> {
  const files = await csvFilesByHeader(bundle, isRaindropHeader);
  if (files.length === 0) throw new ImportFormatError(`${bundle.name} is not a Raindrop.io CSV backup: no file has its columns (url, title, tags, created, excerpt).`);
  for (const { file } of files) {
    for await (const row of csvRows(file, bundle.name)) yield raindropEntry(file, row);
  }
}

/** Raindrop.io's CSV backup, whole or of one collection. */
export const raindropReader: FormatReader = {
  format: 'raindrop',
  label: 'Raindrop.io backup (CSV)',
  detect: (bundle) => hasCsvWithHeader(bundle, isRaindropHeader),
  read: readRaindrop,
};
