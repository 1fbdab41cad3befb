/** A highlight to show once its article is open: the notebook sets it, the reader takes it after painting. */
import { signal } from '@preact/signals';

export const pendingReveal = signal<{ articleId: string; highlightId: string } | null>(null);

/** Hands the pending highlight for this article to the reader (once). */
export function takePendingReveal(articleId: string): string | null {
  const pending = pendingReveal.value;
  if (!pending || pending.articleId !== articleId) return null;
  pendingReveal.value = null;
  return pending.highlightId;
}
