/**
 * JSON files inside an export (Omnivore's metadata lists, Wallabag's entries, Readeck's info.json), read
 * whole within the bundle's size cap, with errors that name the file.
 */
import type { HighlightColor } from '../../../shared/vocabularies.ts';
import type { ImportedHighlight } from '../import-item.ts';
import { parseExportDate } from '../sources/field-values.ts';
import type { BundleFile } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { decodeExportText } from '../sources/text-stream.ts';

/** How a file is named in messages: "export.zip: data.json", or the file's own name when it is the whole bundle. */
export function fileLabel(bundleName: string, path: string): string {
  return path === bundleName ? bundleName : `${bundleName}: ${path}`;
}

/** The file parsed as JSON; a file that is not JSON (cut short, damaged) is an ImportFormatError naming it. */
export async function readExportJson(file: BundleFile, bundleName: string): Promise<unknown> {
  const text = decodeExportText(await file.bytes());
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error as Error).message.replace(/^JSON\.parse: /, '');
    throw new ImportFormatError(`${fileLabel(bundleName, file.path)} is not valid JSON (${detail}). The file may be incomplete: download the export again.`);
  }
}

/** True for a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The strings of a JSON list (labels, authors), each also accepted as `{ name }` or `{ label }`; [] for anything else. */
export function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return typeof value === 'string' && value.trim() !== '' ? [value] : [];
  return value
    .map((entry) => (typeof entry === 'string' ? entry : isRecord(entry) ? (entry.name ?? entry.label) : null))
    .filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}

/** A string field's text, trimmed; '' when it is not a string. */
function trimmedText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A JSON list of annotations as highlights, reading the quote, the note and the date from the keys the
 * service uses; annotations without a quote are left out, and so is anything that is not an object.
 */
export function annotationHighlights(
  value: unknown,
  keys: { quote: string; note: string; createdAt: string },
  color: (annotation: Record<string, unknown>) => HighlightColor | null = () => null,
): ImportedHighlight[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((annotation) => {
    const quote = trimmedText(annotation[keys.quote]);
    if (quote === '') return [];
    return [{ quote, note: trimmedText(annotation[keys.note]), tags: [], color: color(annotation), createdAt: parseExportDate(annotation[keys.createdAt]) }];
  });
}
