// The library's one tag vocabulary, for articles and highlights alike: listing with counts, renaming,
// merging, deleting with undo, colours, and tagging many articles at once. Tags live on the records
// themselves (library.json, highlights.json); tags.json holds only their colours.
import { ErrorCode } from '../../shared/errors.ts';
import type { BulkChange, TagInfo } from '../../shared/models.ts';
import { normalizeTags } from '../../shared/tags.ts';
import { keyOf as tagKey } from './tag-keys.ts';
import type { TagColor } from '../../shared/vocabularies.ts';
import type { HighlightRecord, HighlightStore } from '../annotations/highlight-store.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import type { ArticleRecord } from '../library/schema.ts';
import { RemovedTags } from './removed-tags.ts';
import type { TagColors } from './tag-colors.ts';
import { addTags, insertTag, removeTags, replaceTags, tagIndex } from './tag-lists.ts';
import { tallyTags, type TagTally } from './tag-tally.ts';

interface TagServiceOptions {
  library: Library;
  /** The library's highlights, already loaded: their tags are the same vocabulary. */
  highlights: HighlightStore;
  colors: TagColors;
  emit: Emit<'library.changed' | 'tags.changed'>;
  /** How long a deleted tag can be brought back; the same window as a deleted article. */
  undoWindowMs: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** One tag as typed, tidied by shared/tags.ts; "#" alone tidies to nothing and is refused. */
function tidy(name: string): string {
  const [tag] = normalizeTags([name]);
  if (tag === undefined) throw new CoreError(ErrorCode.invalidInput, `“${name}” is not a tag name: a tag needs a letter, a digit or a sign besides #.`);
  return tag;
}

function withTags(record: ArticleRecord, tags: string[], now: string): ArticleRecord {
  return tags === record.tags ? record : { ...record, tags, updatedAt: now };
}

export class TagService {
  readonly #library: Library;
  readonly #highlights: HighlightStore;
  readonly #colors: TagColors;
  readonly #emit: TagServiceOptions['emit'];
  readonly #removed: RemovedTags;

  constructor(options: TagServiceOptions) {
    this.#library = options.library;
    this.#highlights = options.highlights;
    this.#colors = options.colors;
    this.#emit = options.emit;
    this.#removed = new RemovedTags(options.undoWindowMs);
  }

  /**
   * Counted afresh on each call rather than kept up to date: a pass over 10,000 articles takes a few
   * milliseconds, and nothing can drift from the records.
   */
  #tally(): TagTally {
    const liveArticles = new Set<string>();
    const articles = this.#library.records().map((record) => {
      if (record.deletedAt === null) liveArticles.add(record.id);
      return { tags: record.tags, live: record.deletedAt === null };
    });
    const highlights = this.#highlights.records().map((record) => ({ tags: record.tags, live: record.deletedAt === null && liveArticles.has(record.articleId) }));
    return tallyTags(articles, highlights);
  }

  /** fallback: the name to show for a tag no record has (any more). */
  #info(key: string, tally = this.#tally(), fallback = key): TagInfo {
    return {
      name: tally.spelling.get(key) ?? fallback,
      color: this.#colors.colorOf(key),
      articleCount: tally.articles.get(key) ?? 0,
      highlightCount: tally.highlights.get(key) ?? 0,
    };
  }

  /** Every tag in use on a live article or highlight, most used first, then by name. */
  list(): TagInfo[] {
    const tally = this.#tally();
    const used = (tag: TagInfo) => tag.articleCount + tag.highlightCount;
    return [...tally.spelling.keys()]
      .map((key) => this.#info(key, tally))
      .filter((tag) => used(tag) > 0)
      .sort((a, b) => used(b) - used(a) || collator.compare(a.name, b.name));
  }

  /** Tags as typed, tidied and spelled the way the library already spells them ("cafe" joins "Café"). */
  spell(tags: readonly string[]): string[] {
    const tidied = normalizeTags(tags);
    if (tidied.length === 0) return tidied;
    const { spelling } = this.#tally();
    return tidied.map((tag) => spelling.get(tagKey(tag)) ?? tag);
  }

  /**
   * A spell() for a whole batch (an import of 10,000 articles): the library's spellings are counted once,
   * and a tag the batch brings is spelled the same way every time it comes again.
   */
  speller(): (tags: readonly string[]) => string[] {
    const spelling = new Map(this.#tally().spelling);
    return (tags) =>
      normalizeTags(tags).map((tag) => {
        const key = tagKey(tag);
        const known = spelling.get(key);
        if (known !== undefined) return known;
        spelling.set(key, tag);
        return tag;
      });
  }

  /** The keys of tags the library has, refusing the whole call when one of them is unknown. */
  #existing(names: readonly string[]): string[] {
    const { spelling } = this.#tally();
    const unknown = names.filter((name) => !spelling.has(tagKey(name)));
    if (unknown.length > 0) {
      const listed = unknown.map((name) => `“${name.trim()}”`).join(', ');
      throw new CoreError(ErrorCode.notFound, `No tag ${listed} is in the library; nothing was changed.`);
    }
    return [...new Set(names.map(tagKey))];
  }

  /**
   * Edits the tag list of every article and highlight that has one of keys, deleted ones included (their
   * undo brings them back as they would be now). Two writes in all: library.json and highlights.json.
   * Returns the ids of the articles whose tags or highlights changed.
   */
  async #retag(keys: ReadonlySet<string>, edit: (tags: string[]) => string[]): Promise<string[]> {
    const has = (tags: readonly string[]) => tags.some((tag) => keys.has(tagKey(tag)));
    const now = new Date().toISOString();
    const ids = this.#library.records().filter((record) => has(record.tags)).map((record) => record.id);
    const touched = new Set(await this.#library.changeMany(ids, (record) => withTags(record, edit(record.tags), now), { includeDeleted: true }));
    const changes = new Map<string, (record: HighlightRecord) => HighlightRecord>();
    for (const highlight of this.#highlights.records()) {
      if (!has(highlight.tags)) continue;
      const tags = edit(highlight.tags);
      if (tags === highlight.tags) continue;
      changes.set(highlight.id, (record) => ({ ...record, tags }));
      touched.add(highlight.articleId);
    }
    await this.#highlights.replaceMany(changes);
    return [...touched];
  }

  #announce(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#emit('library.changed', { ids: [...ids] });
    this.#emit('tags.changed', {});
  }

  /** Renames a tag everywhere; onto another tag's name it is a merge, and that tag keeps its spelling. */
  async rename(from: string, to: string): Promise<TagInfo> {
    const [key = ''] = this.#existing([from]);
    const wanted = tidy(to);
    if (tagKey(wanted) !== key) return this.merge([from], to);
    // The same tag spelled anew ("cafe" → "Café"): the one way to change a tag's spelling.
    const keys = new Set([key]);
    this.#announce(await this.#retag(keys, (tags) => replaceTags(tags, keys, wanted)));
    return this.#info(key);
  }

  /** Folds tags into one (an existing tag, keeping its spelling, or a new one), on articles and highlights. */
  async merge(from: readonly string[], into: string): Promise<TagInfo> {
    const wanted = tidy(into);
    const intoKey = tagKey(wanted);
    const keys = new Set(this.#existing(from).filter((key) => key !== intoKey));
    if (keys.size === 0) throw new CoreError(ErrorCode.invalidInput, `A tag cannot be merged into itself; choose other tags to fold into “${wanted}”.`);
    const target = this.#tally().spelling.get(intoKey) ?? wanted;
    const ids = await this.#retag(keys, (tags) => replaceTags(tags, keys, target));
    await this.#colors.fold([...keys], intoKey);
    this.#announce(ids);
    return this.#info(intoKey);
  }

  /** Takes a tag off every article and highlight; undoDelete puts it back where it was, within the window. */
  async delete(name: string): Promise<{ name: string; undoUntil: string }> {
    const [key = ''] = this.#existing([name]);
    const spelled = this.#info(key).name;
    const articles = new Map<string, number>();
    const highlights = new Map<string, number>();
    for (const record of this.#library.records()) if (tagIndex(record.tags, key) >= 0) articles.set(record.id, tagIndex(record.tags, key));
    for (const record of this.#highlights.records()) if (tagIndex(record.tags, key) >= 0) highlights.set(record.id, tagIndex(record.tags, key));
    const color = this.#colors.colorOf(key);
    const keys = new Set([key]);
    const ids = await this.#retag(keys, (tags) => removeTags(tags, keys));
    await this.#colors.set(key, null);
    const undoUntil = this.#removed.remember(key, { name: spelled, color, articles, highlights });
    this.#announce(ids);
    return { name: spelled, undoUntil };
  }

  /** Puts a deleted tag back on the articles and highlights that had it (those still stored). */
  async undoDelete(name: string): Promise<TagInfo> {
    const key = tagKey(name);
    const removed = this.#removed.take(key);
    if (removed === null) throw new CoreError(ErrorCode.notFound, `The tag “${name.trim()}” cannot be brought back any more; its undo window has passed.`);
    // Typed again meanwhile: it comes back under the spelling the library uses now.
    const spelled = this.#tally().spelling.get(key) ?? removed.name;
    const stored = new Set(this.#library.records().map((record) => record.id));
    const now = new Date().toISOString();
    const ids = [...removed.articles.keys()].filter((id) => stored.has(id));
    const place = (tags: string[], index: number | undefined) => insertTag(tags, spelled, index ?? tags.length);
    const touched = new Set(await this.#library.changeMany(ids, (record) => withTags(record, place(record.tags, removed.articles.get(record.id)), now), { includeDeleted: true }));
    const changes = new Map<string, (record: HighlightRecord) => HighlightRecord>();
    for (const [id, index] of removed.highlights) {
      const highlight = this.#highlights.get(id);
      if (highlight === undefined) continue;
      changes.set(id, (record) => ({ ...record, tags: place(record.tags, index) }));
      touched.add(highlight.articleId);
    }
    await this.#highlights.replaceMany(changes);
    if (removed.color !== null && this.#colors.colorOf(key) === null) await this.#colors.set(key, removed.color);
    this.#announce([...touched]);
    return this.#info(key, this.#tally(), spelled);
  }

  /** Gives a tag a colour, or takes it away (null). */
  async setColor(name: string, color: TagColor | null): Promise<TagInfo> {
    const [key = ''] = this.#existing([name]);
    await this.#colors.set(key, color);
    this.#emit('tags.changed', {});
    return this.#info(key);
  }

  /** Adds tags to articles with one write; `changed` names those that lacked at least one of them. */
  async tagArticles(ids: readonly string[], tags: readonly string[]): Promise<BulkChange> {
    const spelled = this.spell(tags);
    if (spelled.length === 0) throw new CoreError(ErrorCode.invalidInput, 'Those are not tag names: a tag needs a letter, a digit or a sign besides #.');
    const now = new Date().toISOString();
    const changed = await this.#library.changeMany(ids, (record) => withTags(record, addTags(record.tags, spelled), now));
    this.#announce(changed);
    return { changed };
  }

  /** Takes tags off articles with one write; `changed` names those that had at least one of them. */
  async untagArticles(ids: readonly string[], tags: readonly string[]): Promise<BulkChange> {
    const keys = new Set(normalizeTags(tags).map(tagKey));
    const now = new Date().toISOString();
    const changed = await this.#library.changeMany(ids, (record) => withTags(record, removeTags(record.tags, keys), now));
    this.#announce(changed);
    return { changed };
  }
}
