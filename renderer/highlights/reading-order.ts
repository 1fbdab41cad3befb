/** Highlights as the panel lists them: placed ones by where they start (longer first), orphans last. */
import type { AnchoredHighlight } from '../../electron/shared/models.ts';
import { readingOrder } from '../../electron/shared/annotations/reading-order.ts';

export { readingOrder };

/** The list with one highlight added or replaced, kept in reading order. */
export function upsert(list: readonly AnchoredHighlight[], highlight: AnchoredHighlight): AnchoredHighlight[] {
  return [...list.filter((h) => h.id !== highlight.id), highlight].sort(readingOrder);
}
