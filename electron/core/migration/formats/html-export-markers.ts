/**
 * Which HTML export a single file is, from its first bytes. Pocket's old `ril_export.html` and a browser's
 * bookmark file are both lists of links, and a Pocket file may even carry the bookmark doctype, so the
 * Pocket title is asked first: when it is there, the file is Pocket's and never a bookmark file.
 */
import type { ImportBundle } from '../sources/import-bundle.ts';
import { decodeExportText } from '../sources/text-stream.ts';

const POCKET_TITLE = /<title>\s*Pocket Export\s*<\/title>/i;
/** The doctype first, after a BOM, blank lines or comments: a page that merely quotes it is not a bookmark file. */
const NETSCAPE_DOCTYPE = /^\s*(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;

/** 'pocket-html' for Pocket's legacy export, 'netscape' for a bookmark file, else null. */
export function htmlExportKind(bundle: ImportBundle): 'pocket-html' | 'netscape' | null {
  if (bundle.isZip) return null;
  const text = decodeExportText(bundle.head);
  // Pocket's title is in <head>; looking only before <body> keeps an article about Pocket from matching.
  const bodyAt = text.search(/<body[\s>]/i);
  if (POCKET_TITLE.test(bodyAt === -1 ? text.slice(0, 8192) : text.slice(0, bodyAt))) return 'pocket-html';
  if (NETSCAPE_DOCTYPE.test(text)) return 'netscape';
  return null;
}
