/**
 * The Readwise highlights CSV (readwise.io → export), the second of Readwise's two exports. It has no URL
 * column, so its highlights are grouped by book title here and joined to the Reader library's rows (or,
 * by the pipeline, to articles already in the library) by that title.
 * Columns: Highlight, Book Title, Book Author, Amazon Book ID, Note, Color, Tags, Location Type, Location,
 * Highlighted at, Document tags.
 */
import { HIGHLIGHT_COLORS, isOneOf } from '../../../shared/vocabularies.ts';
import type { ImportedHighlight, SkippedEntry } from '../import-item.ts';
import { titleKey } from '../import-plan.ts';
import { csvRows } from '../sources/csv-rows.ts';
import { parseExportDate, parseTagList, textOrNull } from '../sources/field-values.ts';
import type { BundleFile } from '../sources/import-bundle.ts';

/** True for the header of the Readwise highlights CSV. */
export function isReadwiseHighlightsHeader(columns: readonly string[]): boolean {
  return ['highlight', 'book title', 'highlighted at'].every((name) => columns.includes(name));
}

/** Every highlight of one book or article, as the highlights CSV names it. */
export interface HighlightGroup {
  /** Where its first highlight is, for the report. */
  where: string;
  title: string;
  author: string | null;
  /** The raw `Document tags` cell of its first row (Python-list text, as in the library CSV). */
  documentTags: string;
  highlights: ImportedHighlight[];
}

/**
 * Reads the whole highlights CSV into groups by title key, in file order, adding to `groups`. Rows that
 * cannot become a highlight (no text, no title to join by) are returned as skipped entries.
 */
export async function readHighlightGroups(file: BundleFile, bundleName: string, groups: Map<string, HighlightGroup>): Promise<SkippedEntry[]> {
  const skipped: SkippedEntry[] = [];
  for await (const { line, values } of csvRows(file, bundleName)) {
    const where = `${file.path} line ${line}`;
    const title = textOrNull(values['book title']);
    const quote = values['highlight'] ?? '';
    if (quote.trim() === '') {
      skipped.push({ where, url: null, title, reason: 'a highlight with no highlighted text' });
      continue;
    }
    if (title === null) {
      skipped.push({ where, url: null, title: null, reason: 'a highlight without a book title, so it cannot be matched to an article' });
      continue;
    }
    const key = titleKey(title);
    let group = groups.get(key);
    if (!group) {
      group = { where, title, author: textOrNull(values['book author']), documentTags: values['document tags'] ?? '', highlights: [] };
      groups.set(key, group);
    }
    const color = values['color']?.trim().toLowerCase();
    group.highlights.push({
      quote,
      note: values['note']?.trim() ?? '',
      tags: parseTagList(values['tags']),
      color: isOneOf(HIGHLIGHT_COLORS, color) ? color : null,
      createdAt: parseExportDate(values['highlighted at']),
      // `Location` is left out: a Kindle location or page number, whose meaning depends on `Location Type`,
      // not a character offset into the article's text.
    });
  }
  return skipped;
}
