// What a paired browser may do to the library: save a page (its DOM as the reader saw it), a link or a
// selection, take its own save back within ten minutes, and tag what it saved. Each reuses the service
// that already does the work: capture for pages and links, the import's quote placement for selections,
// the one duplicate rule (shared/url-identity.ts) so the same page saved twice is one article.
import type { ArticleSummary } from '../../shared/models.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { urlIdentity } from '../../shared/url-identity.ts';
import { articleText } from '../annotations/article-text.ts';
import type { HighlightStore } from '../annotations/highlight-store.ts';
import type { DeletionScheduler } from '../app/deletion-scheduler.ts';
import type { CaptureService } from '../capture/capture-service.ts';
import type { GivenImage } from '../capture/capture-url.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import { quoteKey } from '../migration/import-plan.ts';
import { articleWithUrl } from '../migration/library-match.ts';
import { placeHighlights } from '../migration/place-highlights.ts';
import type { TagService } from '../tags/tag-service.ts';
import type { PairedBrowsers } from './paired-browsers.ts';

/** How long a browser may take its own save back (the API page). */
const UNDO_SAVE_MS = 10 * 60 * 1000;

export interface SaveRequest {
  kind: 'page' | 'link' | 'selection';
  url: string;
  html?: string;
  selection?: { text: string };
  images: GivenImage[];
}

export type SaveReply = { articleId: string; title: string; existing: boolean; highlightId?: string } | { pending: true; message: string };

interface BrowserSavesOptions {
  library: Library;
  captures: CaptureService;
  highlights: HighlightStore;
  deletions: DeletionScheduler;
  tags: TagService;
  browsers: PairedBrowsers;
  emit: Emit<'library.changed' | 'tags.changed'>;
}

/** A refusal about what this browser may do (403), not about the library. */
function notThisBrowsers(message: string): CoreError {
  return new CoreError(ErrorCode.forbidden, message);
}

export class BrowserSaves {
  readonly #options: BrowserSavesOptions;
  /** Saves of one article (by link identity) run one after another, so two quick clicks make one article. */
  readonly #running = new Map<string, Promise<unknown>>();

  constructor(options: BrowserSavesOptions) {
    this.#options = options;
  }

  /** Saves what the browser sent; the same link saved before answers the article already there. */
  save(browserId: string, request: SaveRequest): Promise<SaveReply> {
    const key = urlIdentity(request.url) ?? request.url;
    const previous = this.#running.get(key) ?? Promise.resolve();
    const task = previous.catch(() => undefined).then(() => this.#save(browserId, request));
    this.#running.set(key, task);
    void task.finally(() => this.#running.get(key) === task && this.#running.delete(key)).catch(() => undefined);
    return task;
  }

  async #save(browserId: string, request: SaveRequest): Promise<SaveReply> {
    const { library, browsers } = this.#options;
    const existingId = this.#existing(request.url);
    let article: ArticleSummary;
    if (existingId !== undefined) {
      article = library.get(existingId);
    } else if (request.kind === 'link') {
      const [outcome] = await this.#options.captures.addUrls([request.url]);
      if (outcome && !outcome.ok && outcome.pending === null) throw new CoreError(ErrorCode.invalidUrl, outcome.message);
      if (!outcome?.ok) return { pending: true, message: outcome?.message ?? 'Lectern could not save this link yet; it is kept and will be retried.' };
      article = outcome.article;
    } else if (request.html === undefined) {
      throw new CoreError(ErrorCode.invalidInput, 'Send the page’s html to save a page or a selection from it.');
    } else {
      article = await this.#options.captures.saveGivenPage({ url: request.url, html: request.html, images: request.images });
    }
    const existing = existingId !== undefined;
    await browsers.recordSave(browserId, article.id, !existing);
    const reply = { articleId: article.id, title: article.title, existing };
    if (request.kind !== 'selection' || !request.selection) return reply;
    return { ...reply, highlightId: await this.#highlight(article.id, request.selection.text) };
  }

  #existing(url: string): string | undefined {
    return articleWithUrl(this.#options.library.records(), url);
  }

  /** The selection as a highlight, placed by its quote; a passage already highlighted answers that highlight. */
  async #highlight(articleId: string, quote: string): Promise<string> {
    const { library, highlights, tags, emit } = this.#options;
    const waiting = library.get(articleId).download !== undefined;
    const text = waiting ? null : articleText(await library.files.readBody(articleId));
    const current = highlights.forArticle(articleId);
    const existing = new Set(current.map((record) => quoteKey(record.selectors[0].exact)));
    const { records } = placeHighlights(articleId, text, [{ quote, note: '', tags: [], color: null, createdAt: null }], existing, (list) => tags.spell(list));
    const placed = records[0];
    if (placed === undefined) {
      const same = current.find((record) => quoteKey(record.selectors[0].exact) === quoteKey(quote));
      if (same) return same.id;
      throw new CoreError(ErrorCode.invalidInput, 'The selection has no words to highlight; select some text and save it again.');
    }
    await highlights.addMany([placed]);
    emit('library.changed', { ids: [articleId] });
    return placed.id;
  }

  /** Takes back an article this browser saved (not one it was answered with) within ten minutes. */
  async undo(browserId: string, articleId: string): Promise<{ undone: true }> {
    const save = this.#options.browsers.saveOf(browserId, articleId);
    if (!save?.created) throw notThisBrowsers('This browser did not save that article, so it cannot take it back; delete it in Lectern instead.');
    if (Date.now() - Date.parse(save.savedAt) > UNDO_SAVE_MS) {
      throw notThisBrowsers('That save is more than ten minutes old and can no longer be undone from the browser; delete the article in Lectern instead.');
    }
    await this.#options.deletions.delete(articleId);
    return { undone: true };
  }

  /** The library's tag names, most used first. */
  tagNames(): { tags: string[] } {
    return { tags: this.#options.tags.list().map((tag) => tag.name) };
  }

  /** Adds tags to an article this browser saved (or was answered with); answers the article's tags. */
  async addTags(browserId: string, articleId: string, names: string[]): Promise<{ tags: string[] }> {
    if (!this.#options.browsers.saveOf(browserId, articleId)) throw notThisBrowsers('This browser did not save that article; tag it in Lectern instead.');
    await this.#options.tags.tagArticles([articleId], names);
    return { tags: this.#options.library.get(articleId).tags };
  }
}
