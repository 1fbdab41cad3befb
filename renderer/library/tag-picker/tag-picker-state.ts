/**
 * Who the tag picker is open for: the selected articles when there are any, else the row under the cursor
 * (or one given article, from a row's button). Kept as a signal so a key, the palette and a button share it.
 */
import { signal } from '@preact/signals';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import { selectedArticle } from '../library-store.ts';
import { selectedIds } from '../selection/selection-store.ts';

export interface TagPickerTarget {
  ids: string[];
  /** The article's title when there is one article; null for many. */
  title: string | null;
  /** 'tag' adds and, for one article, removes; 'untag' only removes from many. */
  mode: 'tag' | 'untag';
  /** The tags the picker starts with: one article's own, or none for many. */
  initial: string[];
}

export const tagPickerTarget = signal<TagPickerTarget | null>(null);

/** Opens the picker for the selection, or the cursor's article when nothing is selected (or for `article`). */
export function openTagPicker(mode: 'tag' | 'untag' = 'tag', article?: ArticleSummary): void {
  const selected = [...selectedIds.value];
  if (!article && selected.length > 0) {
    tagPickerTarget.value = { ids: selected, title: null, mode, initial: [] };
    return;
  }
  const one = article ?? selectedArticle();
  if (!one) return;
  tagPickerTarget.value = { ids: [one.id], title: one.title, mode: 'tag', initial: [...one.tags] };
}
