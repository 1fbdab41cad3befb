/**
 * Netscape bookmark files: what Chrome, Firefox, Safari, Edge and Brave export, and Pinboard, Raindrop,
 * Karakeep and Linkwarden too (docs research §1.10). Folders are `<DT><H3>name</H3>` followed by a `<DL>`
 * that holds their links, so the folder path is the stack of open <DL>s; each folder on the path becomes
 * a tag. Read as a stream of tags, so a 25 MB file with 50,000 links is read in one pass.
 */
import { normalizeTags } from '../../../shared/tags.ts';
import type { FormatReader, ImportEntry } from '../import-item.ts';
import { parseExportDate, splitTags, textOrNull } from '../sources/field-values.ts';
import { walkHtmlExport, type HtmlEvent, type HtmlLinkWalk } from './html-event-stream.ts';
import { htmlExportKind } from './html-export-markers.ts';
import { linkEntry } from './link-entry.ts';

/** A link read up to its end; a <DD> after it may still add its description. */
interface OpenLink {
  attributes: Record<string, string>;
  line: number;
  title: string;
  description: string;
  folders: string[];
}

/** Tags that end a <DD> description: the next entry, a folder, a separator, or the end of the folder. */
const ENDS_DESCRIPTION = new Set(['dt', 'dl', 'h3', 'a', 'hr']);

/**
 * The browsers' own folders ("Bookmarks bar", "Other Bookmarks") are marked with these attributes. They
 * say where a bookmark sat in the browser, not what it is about, so they do not become tags.
 */
function isBrowserFolder(attributes: Record<string, string>): boolean {
  return attributes['personal_toolbar_folder'] === 'true' || attributes['unfiled_bookmarks_folder'] === 'true';
}

function bookmarkEntry(link: OpenLink, fileName: string): ImportEntry {
  const where = `${fileName} line ${link.line}`;
  // TOREAD is Pinboard's "read later" flag: "1" is unread; Pinboard writes "0" on every other bookmark,
  // which Readeck reads as already read, and so does Lectern. A browser writes no TOREAD at all, and its
  // bookmarks come in unread: the reader has not read them in Lectern yet.
  const toRead = link.attributes['toread'];
  return linkEntry(where, link.attributes['href'] ?? null, textOrNull(link.title.replace(/\s+/g, ' ')), {
    description: textOrNull(link.description),
    // Folder names first, so a bookmark's place in the tree reads first; the same URL in two folders
    // comes out twice with different tags, and the import's one duplicate rule merges them.
    tags: normalizeTags([...link.folders, ...splitTags(link.attributes['tags'], ',')]),
    archived: toRead !== undefined && toRead.trim() !== '1',
    // ADD_DATE is seconds from browsers, milliseconds from some tools, garbage from others
    // (linkwarden#889): parseExportDate reads both units and turns the absurd into null.
    savedAt: parseExportDate(link.attributes['add_date']),
  });
}

/** Walks the tags of a bookmark file, keeping the folder path, and hands back each link once it is complete. */
class BookmarkWalk implements HtmlLinkWalk {
  /** One name per open <DL>: its folder's name, or '' for the top list and the browsers' own folders. */
  private readonly folders: string[] = [];
  private folderName = '';
  private folderIsBrowsers = false;
  /** The name of the folder whose <H3> was just read, waiting for its <DL>. */
  private nextFolder: string | null = null;
  private link: OpenLink | null = null;
  private mode: 'folder-name' | 'link-title' | 'description' | 'none' = 'none';

  private readonly fileName: string;

  constructor(fileName: string) {
    this.fileName = fileName;
  }

  /** Takes one event; pushes the link it completes, if any, to `out`. */
  take(event: HtmlEvent, out: ImportEntry[]): void {
    if (event.kind === 'text') this.addText(event.text);
    else if (event.kind === 'close') this.close(event.name, out);
    else this.open(event.name, event.attributes, event.line, out);
  }

  /** The link still open at the end of the file. */
  finish(): ImportEntry | null {
    const link = this.link;
    this.link = null;
    return link === null ? null : bookmarkEntry(link, this.fileName);
  }

  private addText(text: string): void {
    if (this.mode === 'folder-name') this.folderName += text;
    else if (this.mode === 'link-title' && this.link !== null) this.link.title += text;
    else if (this.mode === 'description' && this.link !== null) this.link.description += text;
  }

  private flush(out: ImportEntry[]): void {
    const entry = this.finish();
    if (entry !== null) out.push(entry);
  }

  private close(name: string, out: ImportEntry[]): void {
    if (name === 'h3' && this.mode === 'folder-name') {
      this.nextFolder = this.folderIsBrowsers ? '' : this.folderName.replace(/\s+/g, ' ').trim();
      this.mode = 'none';
    } else if (name === 'a' && this.mode === 'link-title') this.mode = 'none';
    else if (name === 'dl') {
      this.flush(out);
      this.folders.pop();
      this.mode = 'none';
    }
  }

  private open(name: string, attributes: Record<string, string>, line: number, out: ImportEntry[]): void {
    if (this.mode === 'description' && ENDS_DESCRIPTION.has(name)) this.mode = 'none';
    if (name === 'a') {
      this.flush(out);
      this.nextFolder = null;
      this.link = { attributes, line, title: '', description: '', folders: this.folders.filter((folder) => folder !== '') };
      this.mode = 'link-title';
    } else if (name === 'dd') {
      if (this.link !== null) this.mode = 'description';
    } else if (name === 'h3') {
      this.flush(out);
      this.folderName = '';
      this.folderIsBrowsers = isBrowserFolder(attributes);
      this.mode = 'folder-name';
    } else if (name === 'dl') {
      this.flush(out);
      // A folder's <DL> follows its <H3>; a <DL> without one (the top list) adds no name.
      this.folders.push(this.nextFolder ?? '');
      this.nextFolder = null;
    } else if (name === 'dt' || name === 'hr') this.flush(out);
  }
}

export const netscapeReader: FormatReader = {
  format: 'netscape',
  label: 'Browser bookmarks (HTML)',
  async detect(bundle) {
    return htmlExportKind(bundle) === 'netscape';
  },
  read: (bundle) => walkHtmlExport(bundle, (fileName) => new BookmarkWalk(fileName)),
};
