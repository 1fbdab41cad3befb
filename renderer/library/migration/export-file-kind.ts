/**
 * Which dropped files are another app's export (they go to the import preview) and which are articles (the
 * article import). The name decides for .zip, .csv and .json; an HTML file is an export only when its first
 * bytes carry a bookmark file's doctype or the title of Pocket's old export. Core sniffs the content again.
 */
import { EXPORT_FILE_EXTENSIONS } from '../../../electron/shared/contract-migration.ts';

/** What the import dialog's file chooser offers. */
export const EXPORT_FILE_ACCEPT = EXPORT_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

const ALWAYS_EXPORTS = ['.zip', '.csv', '.json'];
const MAYBE_EXPORTS = ['.html', '.htm'];
/** Enough for a doctype, a meta tag and a title, even after a byte-order mark and a long comment. */
const SNIFF_BYTES = 4096;
const EXPORT_HTML_MARKERS = [/NETSCAPE-Bookmark-file/i, /<title>\s*Pocket Export\s*<\/title>/i];

type SniffableFile = Pick<File, 'name' | 'slice'>;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

async function isExportFile(file: SniffableFile): Promise<boolean> {
  const extension = extensionOf(file.name);
  if (ALWAYS_EXPORTS.includes(extension)) return true;
  if (!MAYBE_EXPORTS.includes(extension)) return false;
  try {
    const start = await file.slice(0, SNIFF_BYTES).text();
    return EXPORT_HTML_MARKERS.some((marker) => marker.test(start));
  } catch {
    return false; // unreadable here: the article import will say why
  }
}

/** Splits dropped files into exports and articles, each list in the order the files came. */
export async function splitDroppedFiles<F extends SniffableFile>(files: readonly F[]): Promise<{ exports: F[]; articles: F[] }> {
  const kinds = await Promise.all(files.map(isExportFile));
  return {
    exports: files.filter((_, i) => kinds[i]),
    articles: files.filter((_, i) => !kinds[i]),
  };
}
