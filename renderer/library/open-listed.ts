/** Opening an article from the list: a search result found in the body opens at that passage, marked. */
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { openArticle } from '../app/navigation.ts';
import { pendingPassage } from '../highlights/pending-reveal.ts';

/** Opens the article; a body match hands its passage to the reader. */
export function openListed(article: ArticleSummary): void {
  const range = article.match?.field === 'body' ? article.match.bodyRange : null;
  pendingPassage.value = range && range.end > range.start ? { articleId: article.id, range } : null;
  openArticle(article.id);
}
