/**
 * What restoring an archive into the open library would do, worked out before anything is written, so the
 * preview's counts and the restore itself cannot disagree. Articles are matched by id: one the library lacks
 * comes in whole (record, note, progress, highlights); one it has is kept and only gains what it is missing
 * (tags, highlights, a note). Deleted articles of the library (in their undo window) are left alone.
 */
import type { ReadingProgress } from '../../../shared/models.ts';
import { normalizeTags, tagKey } from '../../../shared/tags.ts';
import type { HighlightRecord, HighlightStore } from '../../annotations/highlight-store.ts';
import type { Library } from '../../library/library.ts';
import type { ArticleRecord } from '../../library/schema.ts';
import type { ArchiveContents, ArchivedNote } from './archive-contents.ts';

/** The parts of the open library a preview reads. */
export interface ArchivePreviewSource {
  library: Pick<Library, 'records' | 'get'>;
  highlights: Pick<HighlightStore, 'get' | 'forArticle' | 'all'>;
}

interface RestorePlan {
  newRecords: ArticleRecord[];
  /** Ids the library already has (live or deleted). */
  alreadyInLibrary: string[];
  /** Live articles of the library and the tags the archive adds to them (the whole new list). */
  retagged: Map<string, string[]>;
  highlights: HighlightRecord[];
  notes: Map<string, ArchivedNote>;
  /** Of those notes, how many add text the library does not have. */
  newNotes: number;
  progress: Map<string, ReadingProgress>;
  /** Distinct tags in the archive (articles and highlights), and how many of them the library lacks. */
  tags: number;
  newTags: number;
  /** True when the library has no article at all: the archive's settings apply only then. */
  libraryEmpty: boolean;
}

function libraryTagKeys(source: ArchivePreviewSource): Set<string> {
  const keys = new Set<string>();
  for (const record of source.library.records()) for (const tag of record.tags) keys.add(tagKey(tag));
  for (const highlight of source.highlights.all()) for (const tag of highlight.tags) keys.add(tagKey(tag));
  return keys;
}

function sameHighlight(a: HighlightRecord, b: HighlightRecord): boolean {
  return a.selectors[0].exact === b.selectors[0].exact && a.selectors[1].start === b.selectors[1].start;
}

/** Works out what restoring `contents` into the library would add; reads only. */
export function planRestore(contents: ArchiveContents, source: ArchivePreviewSource): RestorePlan {
  const stored = new Map(source.library.records().map((record) => [record.id, record]));
  const newRecords: ArticleRecord[] = [];
  const alreadyInLibrary: string[] = [];
  const retagged = new Map<string, string[]>();
  const receiving = new Set<string>();
  const seen = new Set<string>();
  for (const record of contents.records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const current = stored.get(record.id);
    if (!current) {
      newRecords.push(record);
      receiving.add(record.id);
      continue;
    }
    alreadyInLibrary.push(record.id);
    if (current.deletedAt) continue;
    receiving.add(record.id);
    const merged = normalizeTags([...current.tags, ...record.tags]);
    if (merged.length > current.tags.length) retagged.set(record.id, merged);
  }

  const highlights: HighlightRecord[] = [];
  const taken = new Set<string>();
  for (const highlight of contents.highlights) {
    if (!receiving.has(highlight.articleId) || taken.has(highlight.id) || source.highlights.get(highlight.id)) continue;
    if (stored.has(highlight.articleId) && source.highlights.forArticle(highlight.articleId).some((own) => sameHighlight(own, highlight))) continue;
    taken.add(highlight.id);
    highlights.push(highlight);
  }

  const notes = new Map<string, ArchivedNote>();
  let newNotes = 0;
  for (const [id, note] of contents.notes) {
    if (!receiving.has(id) || note.text.trim() === '') continue;
    notes.set(id, note);
    if (!stored.has(id) || !source.library.get(id).note.includes(note.text.trim())) newNotes++;
  }
  const progress = new Map([...contents.progress].filter(([id]) => receiving.has(id)));

  const archiveTags = new Set<string>();
  for (const item of [...contents.records, ...contents.highlights]) for (const tag of item.tags) archiveTags.add(tagKey(tag));
  archiveTags.delete('');
  const known = libraryTagKeys(source);
  return {
    newRecords,
    alreadyInLibrary,
    retagged,
    highlights,
    notes,
    newNotes,
    progress,
    tags: archiveTags.size,
    newTags: [...archiveTags].filter((key) => !known.has(key)).length,
    libraryEmpty: stored.size === 0,
  };
}
