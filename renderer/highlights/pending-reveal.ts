/** What to show once an article is open: a highlight (the notebook sets it) or a search hit (the library); the reader takes it after painting. */
import { signal } from '@preact/signals';

export const pendingReveal = signal<{ articleId: string; highlightId: string } | null>(null);

/** Hands the pending highlight for this article to the reader (once). */
export function takePendingReveal(articleId: string): string | null {
  const pending = pendingReveal.value;
  if (!pending || pending.articleId !== articleId) return null;
  pendingReveal.value = null;
  return pending.highlightId;
}

/** Where a passage the search found is in the article's text (offsets into #article-body's textContent). */
interface PassageRange {
  start: number;
  end: number;
}

/** A search result's passage to show once its article is open: the library sets it, the reader takes it when ready. */
export const pendingPassage = signal<{ articleId: string; range: PassageRange } | null>(null);

/** Hands the pending passage for this article to the reader (once). */
export function takePendingPassage(articleId: string): PassageRange | null {
  const pending = pendingPassage.value;
  if (!pending || pending.articleId !== articleId) return null;
  pendingPassage.value = null;
  return pending.range;
}
