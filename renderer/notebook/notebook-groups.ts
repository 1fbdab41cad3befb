/** Notebook items in runs that share an article, so each run is shown under its article's title once. */
import type { NotebookItem } from '../../electron/shared/models.ts';

interface NotebookGroup {
  articleId: string;
  articleTitle: string;
  siteName: string | null;
  items: NotebookItem[];
}

/** Consecutive items of the same article form one group; the order of items is kept as given. */
export function groupByArticle(items: readonly NotebookItem[]): NotebookGroup[] {
  const groups: NotebookGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.articleId === item.articleId) last.items.push(item);
    else groups.push({ articleId: item.articleId, articleTitle: item.articleTitle, siteName: item.siteName, items: [item] });
  }
  return groups;
}
