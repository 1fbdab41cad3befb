/**
 * Instapaper's CSV export (docs research §1.2): `URL,Title,Selection,Folder` in older files, then
 * `Timestamp` and (from 2024) `Tags` as well. Columns are read by name, so every generation reads alike.
 * Older files have no dates and list the newest save first; they come in with no saved date rather than
 * an invented one. Highlights never leave Instapaper through this file (it has no column for them).
 */
import { normalizeTags } from '../../../shared/tags.ts';
import type { FormatReader, ImportEntry } from '../import-item.ts';
import { csvColumns, csvRows, hasColumns } from '../sources/csv-rows.ts';
import { parseExportDate, parseTagList, textOrNull } from '../sources/field-values.ts';
import { linkEntry } from './link-entry.ts';

const REQUIRED_COLUMNS = ['url', 'title', 'selection', 'folder'];

interface FolderMeaning {
  archived: boolean;
  favorite: boolean;
  tag: string | null;
}

/**
 * Each row names exactly one folder, so a starred article is reported as Starred whether or not it was
 * read, and an article in a custom folder is reported by that folder alone.
 * - Unread (the Home list; an empty cell in hand-made files): unread.
 * - Archive: read.
 * - Starred: a favourite. Whether it was read is not said; it comes in unread, the choice a person can
 *   undo by archiving, where an archived favourite they never read would drop out of sight.
 * - Any other name is a folder the reader made: its name becomes a tag, and the article is archived,
 *   because in Instapaper moving an article to a folder takes it out of the unread list. Importing those
 *   as unread floods the reading list with finished articles (wallabag#8468).
 */
function folderMeaning(folder: string): FolderMeaning {
  const name = folder.trim();
  switch (name.toLowerCase()) {
    case '':
    case 'unread':
    case 'home':
      return { archived: false, favorite: false, tag: null };
    case 'archive':
      return { archived: true, favorite: false, tag: null };
    case 'starred':
      return { archived: false, favorite: true, tag: null };
    default:
      return { archived: true, favorite: false, tag: name };
  }
}

function rowEntry(values: Record<string, string>, where: string): ImportEntry {
  const title = textOrNull(values['title']);
  const selection = textOrNull(values['selection']);
  const folder = folderMeaning(values['folder'] ?? '');
  const tags = parseTagList(values['tags']);
  const entry = linkEntry(where, values['url'] ?? null, title, {
    // Selection is the bookmark's `description` in Instapaper's own API: "a brief, plaintext description
    // or summary of the article. Twitter clients often put the source tweet's text here, and Instapaper's
    // bookmarklet puts the selected text here" (instapaper.com/api, bookmarks/add). So it is a summary
    // that is sometimes a quote and sometimes a tweet, never something Instapaper showed as a highlight.
    // As a highlight, the tweets would be quotes that match nothing in the article; as the reader's note,
    // someone else's words would pass for theirs. The description is what Instapaper itself called it.
    description: selection,
    tags: folder.tag === null ? tags : normalizeTags([folder.tag, ...tags]),
    archived: folder.archived,
    favorite: folder.favorite,
    savedAt: parseExportDate(values['timestamp']),
  });
  // A skipped row without a title is named in the report by the start of its selection.
  if (entry.kind === 'skipped' && title === null && selection !== null) entry.skipped.title = selection.slice(0, 120);
  return entry;
}

export const instapaperReader: FormatReader = {
  format: 'instapaper',
  label: 'Instapaper export (CSV)',
  async detect(bundle) {
    const file = bundle.files[0];
    return !bundle.isZip && file !== undefined && hasColumns(await csvColumns(file), REQUIRED_COLUMNS);
  },
  async *read(bundle) {
    const file = bundle.files[0];
    if (file === undefined) return;
    for await (const row of csvRows(file, bundle.name)) yield rowEntry(row.values, `${file.path} line ${row.line}`);
  },
};
