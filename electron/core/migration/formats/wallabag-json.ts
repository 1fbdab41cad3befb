/**
 * Wallabag's JSON export (research/migration-formats.md §1.4): one array of entries as its serializer
 * writes them, snake_case keys, the article's HTML in `content`, dates like `2016-09-08T11:55:58+0200`.
 * Flags come as booleans from the export and as 0/1 from its API (which other tools save as files too).
 * Wallabag has no reading progress.
 */
import { normalizeTags } from '../../../shared/tags.ts';
import { htmlToText } from '../../extract/html-to-text.ts';
import type { FormatReader, ImportedHighlight, ImportEntry } from '../import-item.ts';
import { parseExportDate, parseFlag, textOrNull } from '../sources/field-values.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { decodeExportText } from '../sources/text-stream.ts';
import { htmlContent } from './carried-content.ts';
import { annotationHighlights, isRecord, readExportJson, stringList } from './export-json.ts';
import { linkEntry } from './link-entry.ts';

/** Titles taken from a page's markup can hold tags and entities ("<em>Why</em> we &amp; they"). */
function plainTitle(value: unknown): string | null {
  const title = textOrNull(value);
  if (title === null || !/[<&]/.test(title)) return title;
  return textOrNull(htmlToText(title).replace(/\s+/g, ' '));
}

/**
 * Annotations as highlights: `quote` is the passage, `text` the reader's note. Their `ranges` are XPath
 * paths into Wallabag's own copy of the page with offsets inside one element, not offsets into the
 * article's text, so they say nothing the quote does not: they are left out.
 */
function wallabagHighlights(value: unknown): ImportedHighlight[] {
  return annotationHighlights(value, { quote: 'quote', note: 'text', createdAt: 'created_at' });
}

function wallabagEntry(entry: Record<string, unknown>, where: string): ImportEntry {
  return linkEntry(where, textOrNull(entry.url) ?? textOrNull(entry.given_url), plainTitle(entry.title), {
    author: textOrNull(stringList(entry.published_by).join(', ')),
    siteName: textOrNull(entry.domain_name),
    tags: normalizeTags(stringList(entry.tags)),
    archived: parseFlag(entry.is_archived),
    favorite: parseFlag(entry.is_starred),
    savedAt: parseExportDate(entry.created_at),
    publishedAt: parseExportDate(entry.published_at),
    // When Wallabag could not fetch a page it stores a "can't retrieve contents" message as the content
    // and sets is_not_parsed: that message is not the article, so the pipeline fetches the URL instead.
    content: parseFlag(entry.is_not_parsed) ? null : htmlContent(entry.content),
    highlights: wallabagHighlights(entry.annotations),
  });
}

export const wallabagReader: FormatReader = {
  format: 'wallabag',
  label: 'Wallabag export (JSON)',
  async detect(bundle) {
    // Only the first bytes are read: the file holds every article's HTML and can be hundreds of MB.
    if (bundle.isZip) return false;
    const head = decodeExportText(bundle.head);
    return /^\s*\[\s*\{/.test(head) && /"is_archived"\s*:/.test(head) && /"content"\s*:/.test(head);
  },
  async *read(bundle) {
    const file = bundle.files[0];
    if (bundle.isZip || !file) throw new ImportFormatError(`${bundle.name} is not a Wallabag JSON export: choose the .json file Wallabag saved.`);
    const entries = await readExportJson(file, bundle.name);
    if (!Array.isArray(entries)) throw new ImportFormatError(`${bundle.name} is not a list of Wallabag entries, so it cannot be read as a Wallabag export.`);
    for (const [index, entry] of entries.entries()) {
      const where = `${bundle.name} item ${index + 1}`;
      if (!isRecord(entry)) throw new ImportFormatError(`${where} is not a Wallabag entry (an object with a url).`);
      yield wallabagEntry(entry, where);
    }
  },
};
