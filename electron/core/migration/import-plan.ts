/**
 * Reads an export into a plan: every article once (the same link twice in the file is merged into one),
 * every skipped entry with its reason. Nothing is written; the preview counts the plan and the run applies it.
 */
import { urlIdentity } from '../../shared/url-identity.ts';
import type { FormatReader, ImportItem, SkippedEntry } from './import-item.ts';
import type { ImportBundle } from './sources/import-bundle.ts';

export interface ImportPlan {
  reader: FormatReader;
  /** One item per article, in file order; `key` is its url identity, or `title:` + folded title for items without a link. */
  items: { key: string; item: ImportItem }[];
  skipped: SkippedEntry[];
  duplicatesInFile: number;
}

/** Highlights of one article are the same when their words are (whitespace and case aside). */
export function quoteKey(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Folded title, for joining items that have no link (Readwise highlights) to articles. */
export function titleKey(title: string): string {
  return title.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Two records of one article: the earlier date, every tag and highlight, either flag, the first content. */
export function mergeItems(first: ImportItem, second: ImportItem): ImportItem {
  const quotes = new Set(first.highlights.map((h) => quoteKey(h.quote)));
  const tagKeys = new Set(first.tags.map((tag) => tag.toLowerCase()));
  const earlier = [first.savedAt, second.savedAt].filter((d): d is string => d !== null).sort()[0] ?? null;
  const notes = [first.note, second.note].filter((n): n is string => Boolean(n?.trim()));
  return {
    ...first,
    title: first.title ?? second.title,
    author: first.author ?? second.author,
    description: first.description ?? second.description,
    siteName: first.siteName ?? second.siteName,
    publishedAt: first.publishedAt ?? second.publishedAt,
    tags: [...first.tags, ...second.tags.filter((tag) => !tagKeys.has(tag.toLowerCase()))],
    archived: first.archived || second.archived,
    favorite: first.favorite || second.favorite,
    savedAt: earlier,
    progress: Math.max(first.progress ?? -1, second.progress ?? -1) < 0 ? null : Math.max(first.progress ?? 0, second.progress ?? 0),
    note: notes.length === 0 ? null : [...new Set(notes)].join('\n\n'),
    content: first.content ?? second.content,
    highlights: [...first.highlights, ...second.highlights.filter((h) => !quotes.has(quoteKey(h.quote)))],
  };
}

/** The key that says two items are one article, or null when the item can be neither fetched nor joined. */
function itemKey(item: ImportItem): string | null {
  if (item.url !== null) return urlIdentity(item.url);
  if (item.content !== null) return `content:${item.where}`;
  if (item.title !== null && item.highlights.length > 0) return `title:${titleKey(item.title)}`;
  return null;
}

/** Reads every entry of the bundle into a plan; onEntry is told how many entries have been read so far. */
export async function readPlan(reader: FormatReader, bundle: ImportBundle, onEntry: (count: number) => void = () => {}): Promise<ImportPlan> {
  const byKey = new Map<string, ImportItem>();
  const skipped: SkippedEntry[] = [];
  let duplicatesInFile = 0;
  let count = 0;
  for await (const entry of reader.read(bundle)) {
    if (++count % 500 === 0) onEntry(count);
    if (entry.kind === 'skipped') {
      skipped.push(entry.skipped);
      continue;
    }
    const { item } = entry;
    const key = itemKey(item);
    if (key === null) {
      const reason = item.url !== null ? `"${item.url}" is not a web address Lectern can save` : 'it has no web address and no text';
      skipped.push({ where: item.where, url: item.url, title: item.title, reason });
      continue;
    }
    const earlier = byKey.get(key);
    if (earlier) duplicatesInFile++;
    byKey.set(key, earlier ? mergeItems(earlier, item) : item);
  }
  onEntry(count);
  return { reader, items: [...byKey].map(([key, item]) => ({ key, item })), skipped, duplicatesInFile };
}
