// Highlights and the notebook behind the contract methods, for one open library: the store is
// loaded with the library (so a damaged highlights.json keeps the library closed with the restore
// offer) and a restored backup gets a new service with its own store.
import { readingOrder } from '../../shared/annotations/reading-order.ts';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/errors.ts';
import type { AnchoredHighlight, Highlight, HighlightColor, NotebookPage } from '../../shared/models.ts';
import { anchor, anchorAll } from '../../shared/annotations/anchor.ts';
import { describeRange } from '../../shared/annotations/selectors.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import { ArticleTextCache, blockBreaks } from './article-text.ts';
import { hasUntidyWhitespace, tidyQuoteSelector } from './quote-whitespace.ts';
import type { HighlightStore, HighlightRecord } from './highlight-store.ts';
import { normalizeTags } from '../../shared/tags.ts';
import { waitsForText } from '../../shared/article-download.ts';
import { queryNotebook, type NotebookArticle, type NotebookOptions } from './notebook-query.ts';

interface HighlightServiceOptions {
  library: Library;
  /** The library's highlights, already loaded. */
  store: HighlightStore;
  /** Tells front ends that an article's highlights changed, and that tag counts did when they had tags. */
  emit: Emit<'library.changed' | 'tags.changed'>;
  /** Tidies tags and spells them as the library's one vocabulary does (core/tags); normalizeTags alone by default. */
  spellTags?: (tags: readonly string[]) => string[];
  /** How long a deleted highlight can be brought back; the same window as a deleted article. */
  undoWindowMs: number;
}

function highlightNotFound(id: string): CoreError {
  return new CoreError(ErrorCode.notFound, `No highlight with id ${id} is in the library. It may have been deleted.`);
}

/** The stored fields only: records carry deletedAt, which front ends never see. */
function toHighlight(record: HighlightRecord): Highlight {
  const { deletedAt: _deleted, ...highlight } = record;
  return highlight;
}

export class HighlightService {
  readonly #library: Library;
  readonly #store: HighlightStore;
  readonly #emit: Emit<'library.changed' | 'tags.changed'>;
  readonly #undoWindowMs: number;
  readonly #spellTags: (tags: readonly string[]) => string[];
  readonly #texts = new ArticleTextCache();

  constructor(options: HighlightServiceOptions) {
    this.#library = options.library;
    this.#store = options.store;
    this.#emit = options.emit;
    this.#undoWindowMs = options.undoWindowMs;
    this.#spellTags = options.spellTags ?? normalizeTags;
  }

  /** Removes for good the highlights whose undo window has passed, and those of articles no longer stored. */
  async purgeExpired(): Promise<void> {
    // Built only when there are highlights to look at: a set of 100,000 ids costs every open otherwise.
    let ids: Set<string> | null = null;
    await this.#store.purge(Date.now() - this.#undoWindowMs, (articleId) => (ids ??= new Set(this.#library.records().map((record) => record.id))).has(articleId));
  }

  /** tagsMoved: the change added or took away tags, so the tag counts moved too. */
  #changed(articleId: string, tagsMoved: boolean): void {
    this.#emit('library.changed', { ids: [articleId] });
    if (tagsMoved) this.#emit('tags.changed', {});
  }

  async #text(articleId: string): Promise<string> {
    // A link whose text is not downloaded yet has no body: its (imported) highlights wait unplaced, and are
    // placed by their quote on the first list after the download fills the article in.
    if (waitsForText(this.#library.get(articleId).download)) return '';
    return this.#texts.textOf(articleId, await this.#library.files.readBody(articleId));
  }

  /** An article's highlights in reading order, placed in its current text; orphans last, flagged. */
  async list(articleId: string): Promise<AnchoredHighlight[]> {
    this.#library.get(articleId);
    const records = this.#store.forArticle(articleId);
    if (records.length === 0) return [];
    const text = await this.#text(articleId);
    const results = anchorAll(text, records.map((record) => record.selectors));
    const moved = new Map<string, (record: HighlightRecord) => HighlightRecord>();
    const anchored = records.map((record, i): AnchoredHighlight => {
      const result = results[i] ?? null;
      if (result === null) return { ...toHighlight(record), start: null, end: null, orphaned: true };
      const [quote, position] = record.selectors;
      if (position.start !== result.start || position.end !== result.end) {
        // Remember where it is now, so the next open takes the fast path. The quote stays the
        // reader's original words: it is what exports show and what fuzzy matching starts from.
        const selectors: Highlight['selectors'] = [quote, { type: 'TextPositionSelector', start: result.start, end: result.end }];
        moved.set(record.id, (current) => ({ ...current, selectors }));
        return { ...toHighlight(record), selectors, start: result.start, end: result.end, orphaned: false };
      }
      return { ...toHighlight(record), start: result.start, end: result.end, orphaned: false };
    });
    await this.#store.replaceMany(moved);
    return anchored.sort(readingOrder);
  }

  /** A new highlight on text offsets [start, end) of the article's current text. */
  async create(input: { articleId: string; start: number; end: number; color: HighlightColor; note?: string; tags?: string[]; quote?: string }): Promise<AnchoredHighlight> {
    this.#library.get(input.articleId);
    const text = await this.#text(input.articleId);
    if (input.end <= input.start || input.end > text.length) {
      throw new CoreError(ErrorCode.invalidInput, `A highlight needs 0 <= start < end <= ${text.length} (the article's text length); got ${input.start}..${input.end}.`);
    }
    const described = describeRange(text, input.start, input.end);
    if (described[0].exact.trim() === '') throw new CoreError(ErrorCode.invalidInput, 'Only whitespace is selected; select some words to highlight.');
    // A mismatch means the reader's text and core's differ (a stale page, or a textContent bug):
    // storing the highlight would put it on words the reader never selected.
    if (input.quote !== undefined && input.quote !== described[0].exact) {
      throw new CoreError(ErrorCode.invalidInput, 'The selected text is not at those places in the article any more. Reopen the article and select it again.');
    }
    const selectors = await this.#tidied(input.articleId, text, described);
    const now = new Date().toISOString();
    const record: HighlightRecord = {
      id: randomUUID(),
      articleId: input.articleId,
      color: input.color,
      note: input.note ?? '',
      tags: this.#spellTags(input.tags ?? []),
      selectors,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await this.#store.add(record);
    this.#changed(input.articleId, record.tags.length > 0);
    return { ...toHighlight(record), start: selectors[1].start, end: selectors[1].end, orphaned: false };
  }

  /** The selectors with the page's source whitespace tidied out of the quote and its context (quote-whitespace.ts). */
  async #tidied(articleId: string, text: string, selectors: Highlight['selectors']): Promise<Highlight['selectors']> {
    const [quote, position] = selectors;
    if (!hasUntidyWhitespace(quote)) return selectors;
    const breaks = blockBreaks(await this.#library.files.readBody(articleId));
    return [tidyQuoteSelector(text, quote, position.start, position.end, breaks), position];
  }

  /** Changes a highlight's color, note or tags; its place in the text never changes here. */
  async update(input: { id: string; color?: HighlightColor; note?: string; tags?: string[] }): Promise<Highlight> {
    const current = this.#store.get(input.id);
    if (current === undefined || current.deletedAt !== null) throw highlightNotFound(input.id);
    const next = await this.#store.replace(input.id, (record) => ({
      ...record,
      ...(input.color !== undefined && { color: input.color }),
      ...(input.note !== undefined && { note: input.note }),
      ...(input.tags !== undefined && { tags: this.#spellTags(input.tags) }),
      updatedAt: new Date().toISOString(),
    }));
    if (next === undefined) throw highlightNotFound(input.id);
    this.#changed(next.articleId, input.tags !== undefined && (current.tags.length > 0 || next.tags.length > 0));
    return toHighlight(next);
  }

  /** Hides a highlight; it can be brought back until undoUntil, then the next purge removes it. */
  async delete(id: string): Promise<{ id: string; undoUntil: string }> {
    const current = this.#store.get(id);
    if (current === undefined || current.deletedAt !== null) throw highlightNotFound(id);
    const deletedAt = Date.now();
    await this.purgeExpired();
    await this.#store.replace(id, (record) => ({ ...record, deletedAt: new Date(deletedAt).toISOString() }));
    this.#changed(current.articleId, current.tags.length > 0);
    return { id, undoUntil: new Date(deletedAt + this.#undoWindowMs).toISOString() };
  }

  /** Brings back a deleted highlight exactly as it was, placed in the current text. */
  async undoDelete(id: string): Promise<AnchoredHighlight> {
    const current = this.#store.get(id);
    if (current === undefined) throw new CoreError(ErrorCode.notFound, `The highlight ${id} cannot be restored any more; its undo window has passed.`);
    this.#library.get(current.articleId);
    const restored = current.deletedAt === null ? current : await this.#store.replace(id, (record) => ({ ...record, deletedAt: null }));
    if (restored === undefined) throw highlightNotFound(id);
    this.#changed(current.articleId, restored.tags.length > 0);
    const result = anchor(await this.#text(current.articleId), restored.selectors);
    return { ...toHighlight(restored), start: result?.start ?? null, end: result?.end ?? null, orphaned: result === null };
  }

  /** Live highlights of one article in reading order (by last known place), for exports. */
  forArticle(articleId: string): Highlight[] {
    return this.#store
      .forArticle(articleId)
      .map(toHighlight)
      .sort((a, b) => a.selectors[1].start - b.selectors[1].start || a.createdAt.localeCompare(b.createdAt));
  }

  /** Highlights and article notes across the library (articles waiting to be purged are left out). */
  notebook(options: NotebookOptions): NotebookPage {
    const articles: NotebookArticle[] = [];
    for (const record of this.#library.records()) {
      if (record.deletedAt) continue;
      const article = this.#library.get(record.id);
      articles.push({ id: article.id, title: article.title, siteName: article.siteName, note: article.note, noteUpdatedAt: article.noteUpdatedAt });
    }
    return queryNotebook(articles, this.#store.all(), options);
  }
}

