// The notebook: every highlight and every article note across the library, filtered and sorted.
// Pure, so it is tested without a library on disk; the service gathers its inputs.
import type { HighlightColor, NotebookItem, NotebookPage, NotebookSort } from '../../shared/models.ts';
import type { HighlightRecord } from './highlight-store.ts';
import { matchesTerms, searchTerms } from '../../shared/search-text.ts';
import { tagKey } from '../../shared/tags.ts';

/** What the notebook needs to know about one live article. */
export interface NotebookArticle {
  id: string;
  title: string;
  siteName: string | null;
  note: string;
  noteUpdatedAt: string | null;
}

export interface NotebookOptions {
  offset: number;
  limit: number;
  sort: NotebookSort;
  color?: HighlightColor;
  tag?: string;
  query?: string;
  articleId?: string;
}

/**
 * Matching items, one page of them. A color or tag filter leaves article notes out (notes have
 * neither); the free-text query matches quote, note, tags, article title and site, every word.
 */
export function queryNotebook(articles: readonly NotebookArticle[], highlights: readonly HighlightRecord[], options: NotebookOptions): NotebookPage {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const terms = searchTerms(options.query ?? '');
  const tag = options.tag === undefined || options.tag.trim() === '' ? null : tagKey(options.tag);
  const matchesText = (parts: readonly string[]) => matchesTerms(parts.join('\n'), terms);
  const inScope = (articleId: string) => options.articleId === undefined || options.articleId === articleId;

  const items: NotebookItem[] = [];
  for (const h of highlights) {
    const article = byId.get(h.articleId);
    if (article === undefined || h.deletedAt !== null || !inScope(h.articleId)) continue;
    if (options.color !== undefined && h.color !== options.color) continue;
    if (tag !== null && !h.tags.some((t) => tagKey(t) === tag)) continue;
    const [quote, position] = h.selectors;
    if (!matchesText([quote.exact, h.note, h.tags.join(' '), article.title, article.siteName ?? ''])) continue;
    items.push({
      kind: 'highlight',
      id: h.id,
      articleId: article.id,
      articleTitle: article.title,
      siteName: article.siteName,
      quote: quote.exact,
      color: h.color,
      note: h.note,
      tags: h.tags,
      position: position.start,
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
    });
  }
  if (options.color === undefined && tag === null) {
    for (const article of articles) {
      if (article.note.trim() === '' || !inScope(article.id)) continue;
      if (!matchesText([article.note, article.title, article.siteName ?? ''])) continue;
      items.push({
        kind: 'note',
        id: `note-${article.id}`,
        articleId: article.id,
        articleTitle: article.title,
        siteName: article.siteName,
        note: article.note,
        updatedAt: article.noteUpdatedAt ?? '',
      });
    }
  }
  items.sort(options.sort === 'newest' ? newestFirst : byArticle(byId));
  return { items: items.slice(options.offset, options.offset + options.limit), total: items.length, offset: options.offset };
}

/** When the item was made: a highlight's creation, a note's last edit. */
function itemTime(item: NotebookItem): string {
  return item.kind === 'highlight' ? item.createdAt : item.updatedAt;
}

function newestFirst(a: NotebookItem, b: NotebookItem): number {
  const t = itemTime(b).localeCompare(itemTime(a));
  return t !== 0 ? t : a.id.localeCompare(b.id);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Articles by title; within one, its note first, then highlights in reading order. */
function byArticle(articles: ReadonlyMap<string, NotebookArticle>) {
  return (a: NotebookItem, b: NotebookItem): number => {
    if (a.articleId !== b.articleId) {
      const titles = collator.compare(articles.get(a.articleId)?.title ?? '', articles.get(b.articleId)?.title ?? '');
      return titles !== 0 ? titles : a.articleId.localeCompare(b.articleId);
    }
    if (a.kind !== b.kind) return a.kind === 'note' ? -1 : 1;
    if (a.kind === 'highlight' && b.kind === 'highlight' && a.position !== b.position) return a.position - b.position;
    const t = itemTime(a).localeCompare(itemTime(b));
    return t !== 0 ? t : a.id.localeCompare(b.id);
  };
}
