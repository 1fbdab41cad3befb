/**
 * Pocket's export before October 2024, `ril_export.html`: an `<h1>Unread</h1>` list and an
 * `<h1>Read Archive</h1>` list of `<a href time_added tags>Title</a>` (docs research §1.1, format 2).
 * It carries no highlights, no favourites and no notes; tags are comma-separated here, not `|` as in the
 * CSV. Wallabag ignores the sections and asks "mark all as read?" instead; the section says which is which.
 */
import type { FormatReader, ImportEntry } from '../import-item.ts';
import { parseExportDate, splitTags, textOrNull } from '../sources/field-values.ts';
import { walkHtmlExport, type HtmlEvent, type HtmlLinkWalk } from './html-event-stream.ts';
import { htmlExportKind } from './html-export-markers.ts';
import { linkEntry } from './link-entry.ts';

interface PocketLink {
  attributes: Record<string, string>;
  title: string;
  archived: boolean;
  /** 1 for the file's first link: the report names links by their place in the file. */
  number: number;
}

function pocketLinkEntry(link: PocketLink, fileName: string): ImportEntry {
  // Pocket writes the address as the title of a page it could not name; linkEntry drops such a title.
  return linkEntry(`${fileName} link ${link.number}`, link.attributes['href'] ?? null, textOrNull(link.title.replace(/\s+/g, ' ')), {
    tags: splitTags(link.attributes['tags'], ','),
    archived: link.archived,
    savedAt: parseExportDate(link.attributes['time_added']),
  });
}

/** Walks the file's events: an <h1> names the list that follows ("Unread" or "Read Archive"), each <a> is a save. */
class PocketWalk implements HtmlLinkWalk {
  private heading: string | null = null;
  private archived = false;
  private link: PocketLink | null = null;
  private count = 0;
  private readonly fileName: string;

  constructor(fileName: string) {
    this.fileName = fileName;
  }

  take(event: HtmlEvent, out: ImportEntry[]): void {
    if (event.kind === 'text') {
      if (this.link !== null) this.link.title += event.text;
      else if (this.heading !== null) this.heading += event.text;
    } else if (event.name === 'h1') {
      if (event.kind === 'open') this.heading = '';
      else if (this.heading !== null) {
        // "Unread" and "Read Archive": only the archive's heading names the archive.
        this.archived = /\barchive\b/i.test(this.heading);
        this.heading = null;
      }
    } else if (event.name === 'a') {
      if (event.kind === 'open') this.link = { attributes: event.attributes, title: '', archived: this.archived, number: ++this.count };
      else if (this.link !== null) out.push(this.finishLink(this.link));
    }
  }

  finish(): ImportEntry | null {
    return this.link === null ? null : this.finishLink(this.link);
  }

  private finishLink(link: PocketLink): ImportEntry {
    this.link = null;
    return pocketLinkEntry(link, this.fileName);
  }
}

export const pocketHtmlReader: FormatReader = {
  format: 'pocket-html',
  label: 'Pocket export (ril_export.html, before 2024)',
  async detect(bundle) {
    return htmlExportKind(bundle) === 'pocket-html';
  },
  read: (bundle) => walkHtmlExport(bundle, (fileName) => new PocketWalk(fileName)),
};
