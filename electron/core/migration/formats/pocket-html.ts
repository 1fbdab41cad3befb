/**
 * Pocket's export before October 2024, `ril_export.html`: an `<h1>Unread</h1>` list and an
 * `<h1>Read Archive</h1>` list of `<a href time_added tags>Title</a>` (docs research §1.1, format 2).
 * It carries no highlights, no favourites and no notes; tags are comma-separated here, not `|` as in the
 * CSV. Wallabag ignores the sections and asks "mark all as read?" instead; the section says which is which.
 */
import { emptyItem, type FormatReader, type ImportEntry } from '../import-item.ts';
import { parseExportDate, splitTags, textOrNull } from '../sources/field-values.ts';
import { htmlEventBatches } from './html-event-stream.ts';
import { htmlExportKind } from './html-export-markers.ts';
import { nonWebLinkReason, skippedLink } from './skipped-link.ts';

interface PocketLink {
  attributes: Record<string, string>;
  title: string;
  archived: boolean;
  /** 1 for the file's first link: the report names links by their place in the file. */
  number: number;
}

function pocketLinkEntry(link: PocketLink, fileName: string): ImportEntry {
  const where = `${fileName} link ${link.number}`;
  const url = (link.attributes['href'] ?? '').trim();
  const title = textOrNull(link.title.replace(/\s+/g, ' '));
  const reason = nonWebLinkReason(url);
  if (reason !== null) return skippedLink(where, url, title, reason);
  return {
    kind: 'item',
    item: {
      ...emptyItem(where),
      url,
      // Pocket writes the address as the title of a page it could not name.
      title: title === url ? null : title,
      tags: splitTags(link.attributes['tags'], ','),
      archived: link.archived,
      savedAt: parseExportDate(link.attributes['time_added']),
    },
  };
}

export const pocketHtmlReader: FormatReader = {
  format: 'pocket-html',
  label: 'Pocket export (ril_export.html, before 2024)',
  async detect(bundle) {
    return htmlExportKind(bundle) === 'pocket-html';
  },
  async *read(bundle) {
    const file = bundle.files[0];
    if (file === undefined) return;
    let heading: string | null = null;
    let archived = false;
    let link: PocketLink | null = null;
    let count = 0;
    for await (const batch of htmlEventBatches(file)) {
      const entries: ImportEntry[] = [];
      for (const event of batch) {
        if (event.kind === 'text') {
          if (link !== null) link.title += event.text;
          else if (heading !== null) heading += event.text;
        } else if (event.kind === 'open' && event.name === 'h1') {
          heading = '';
        } else if (event.kind === 'close' && event.name === 'h1' && heading !== null) {
          // "Unread" and "Read Archive": only the archive's heading names the archive.
          archived = /\barchive\b/i.test(heading);
          heading = null;
        } else if (event.kind === 'open' && event.name === 'a') {
          count++;
          link = { attributes: event.attributes, title: '', archived, number: count };
        } else if (event.kind === 'close' && event.name === 'a' && link !== null) {
          entries.push(pocketLinkEntry(link, file.path));
          link = null;
        }
      }
      yield* entries;
    }
    if (link !== null) yield pocketLinkEntry(link, file.path);
  },
};
