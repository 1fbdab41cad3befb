/**
 * Karakeep's (formerly Hoarder's) JSON export: `{ bookmarks: [...], lists: [...] }`
 * (karakeep packages/shared/import-export/exporters.ts, zExportSchema). A bookmark is a link
 * (`content: { type: 'link', url }`), a text note (`{ type: 'text', text }`), or an image or PDF, which the
 * export writes with `content: null` and without its file. There are no favourites, highlights or page
 * text in it. `createdAt` is Unix seconds (Karakeep writes the last-saved date on purpose).
 */
import { normalizeTags } from '../../../shared/tags.ts';
import { emptyItem, type FormatReader, type ImportEntry } from '../import-item.ts';
import { parseExportDate, parseFlag, textOrNull } from '../sources/field-values.ts';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { decodeExportText } from '../sources/text-stream.ts';
import { fileLabel, isRecord, readExportJson, stringList } from './export-json.ts';
import { linkEntry } from './link-entry.ts';

/** Longest title taken from a text note's first line. */
const TITLE_FROM_TEXT_MAX = 120;

/**
 * The export opens with `{"bookmarks":[` (or `{"lists":[`); when the head holds a whole bookmark, its
 * `content` has Karakeep's `type`. A head that is the whole file is parsed and its shape checked instead.
 */
function looksLikeKarakeep(head: string, complete: boolean): boolean {
  const text = head.trimStart();
  if (complete) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) && Array.isArray(parsed['bookmarks']) && (parsed['lists'] === undefined || Array.isArray(parsed['lists']));
    } catch {
      return false;
    }
  }
  return /^\{\s*"(bookmarks|lists)"\s*:\s*\[/.test(text) && /"content"\s*:\s*(null|\{\s*"type"\s*:\s*"(link|text)")/.test(text);
}

/**
 * List names as tags, by list id. Karakeep writes each bookmark's list ids, so a bookmark gets the name of
 * every list it is in and of the lists above them (`parentId`): Lectern's tags are flat, and "Work" then
 * still finds what sits in "Work / Reading", while two lists named "Later" under different parents stay
 * apart as "Work"+"Later" and "Home"+"Later". Smart lists are computed from a query, so no bookmark names them.
 */
function listTagsById(lists: unknown): Map<string, string[]> {
  const byId = new Map<string, { name: string; parentId: string | null }>();
  // Lists only add tags, so a malformed one is passed over rather than failing the file.
  for (const list of Array.isArray(lists) ? lists : []) {
    if (isRecord(list) && typeof list['id'] === 'string' && typeof list['name'] === 'string') {
      byId.set(list['id'], { name: list['name'], parentId: typeof list['parentId'] === 'string' ? list['parentId'] : null });
    }
  }
  const paths = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const names: string[] = [];
    const seen = new Set<string>();
    // A parent loop (an edited file) stops at the first list seen twice.
    for (let at: string | null = id; at !== null && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
      seen.add(at);
      const list = byId.get(at);
      if (list) names.unshift(list.name);
    }
    paths.set(id, names);
  }
  return paths;
}

function titleFromText(text: string): string | null {
  const line = text.split('\n').map((part) => part.replace(/^#+\s*/, '').trim()).find((part) => part !== '');
  if (!line) return null;
  if (line.length <= TITLE_FROM_TEXT_MAX) return line;
  const cut = line.slice(0, TITLE_FROM_TEXT_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function bookmarkEntry(bookmark: unknown, where: string, listTags: Map<string, string[]>): ImportEntry {
  if (!isRecord(bookmark)) throw new ImportFormatError(`${where} is not a Karakeep bookmark (it is not an object). The file may have been edited by hand.`);
  const content = bookmark['content'];
  const title = textOrNull(bookmark['title']);
  const fromLists = (Array.isArray(bookmark['lists']) ? bookmark['lists'] : []).flatMap((id) => (typeof id === 'string' ? (listTags.get(id) ?? []) : []));
  const tags = normalizeTags([...stringList(bookmark['tags']), ...fromLists]);
  const fields = { tags, archived: parseFlag(bookmark['archived']), savedAt: parseExportDate(bookmark['createdAt']), note: textOrNull(bookmark['note']) };
  if (!isRecord(content) || content['type'] === 'asset') {
    return { kind: 'skipped', skipped: { where, url: null, title, reason: 'an image or PDF saved in Karakeep; its export leaves the file out' } };
  }
  if (content['type'] === 'link') return linkEntry(where, textOrNull(content['url']), title, fields);
  if (content['type'] === 'text') {
    const text = typeof content['text'] === 'string' ? content['text'] : '';
    if (text.trim() === '') return { kind: 'skipped', skipped: { where, url: null, title, reason: 'an empty text note' } };
    return { kind: 'item', item: { ...emptyItem(where), ...fields, title: title ?? titleFromText(text), content: { kind: 'text', text } } };
  }
  const kind = typeof content['type'] === 'string' ? `a Karakeep bookmark of type "${content['type']}"` : 'a Karakeep bookmark of no known type';
  return { kind: 'skipped', skipped: { where, url: null, title, reason: `${kind}, which Lectern cannot import` } };
}

async function* readKarakeep(bundle: ImportBundle): AsyncIterable<ImportEntry> {
  const file = bundle.files.find((candidate) => /\.json$/i.test(candidate.path)) ?? bundle.files[0];
  if (!file) throw new ImportFormatError(`${bundle.name} is empty.`);
  const parsed = await readExportJson(file, bundle.name);
  if (!isRecord(parsed) || !Array.isArray(parsed['bookmarks'])) {
    throw new ImportFormatError(`${fileLabel(bundle.name, file.path)} is not a Karakeep export: it has no list of bookmarks.`);
  }
  const listTags = listTagsById(parsed['lists']);
  let number = 0;
  for (const bookmark of parsed['bookmarks']) {
    number++;
    yield bookmarkEntry(bookmark, `${file.path} bookmark ${number}`, listTags);
  }
}

/** Karakeep's JSON export: link and text bookmarks, their tags, notes and lists. */
export const karakeepReader: FormatReader = {
  format: 'karakeep',
  label: 'Karakeep export',
  async detect(bundle) {
    const only = bundle.files[0];
    if (bundle.isZip || !only || bundle.head.length === 0) return false;
    return looksLikeKarakeep(decodeExportText(bundle.head), only.size <= bundle.head.length);
  },
  read: readKarakeep,
};
