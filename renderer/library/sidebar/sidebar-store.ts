/**
 * What the sidebar shows: the library's tags (with counts and colours) and the saved searches, loaded
 * from core and loaded again when core says they, or the articles they count, changed.
 */
import { computed, signal } from '@preact/signals';
import type { SavedSearch, TagInfo } from '../../../electron/shared/models.ts';
import type { TagColor } from '../../../electron/shared/vocabularies.ts';
import { tagKey } from '../../../electron/shared/tags.ts';
import { call, onEvent } from '../../api/client.ts';
import { latestOnly } from '../latest-only.ts';

export const tags = signal<readonly TagInfo[]>([]);
export const savedSearches = signal<readonly SavedSearch[]>([]);
/** Why a section could not load, shown in place of its list; null when it loaded. */
export const tagsError = signal<string | null>(null);
export const savedSearchesError = signal<string | null>(null);

const colorsByKey = computed(() => new Map(tags.value.map((tag) => [tagKey(tag.name), tag.color])));

/** The colour of a tag as spelled on an article (any case or accents), or null. */
export function tagColor(name: string): TagColor | null {
  return colorsByKey.value.get(tagKey(name)) ?? null;
}

// One load at a time, and one more after it when asked meanwhile: two loads in flight could answer out of
// order, and an answer from before a merge would then overwrite the counts from after it.
const tagLoads = latestOnly<void>(async () => {
  const result = await call('tags.list', {});
  tagsError.value = result.ok ? null : result.message;
  if (result.ok) tags.value = result.value;
});
const savedSearchLoads = latestOnly<void>(async () => {
  const result = await call('savedSearches.list', {});
  savedSearchesError.value = result.ok ? null : result.message;
  if (result.ok) savedSearches.value = result.value;
});

/** Loads the tags; resolves once the list shown is from a load that began after this call. */
export function loadTags(): Promise<void> {
  tagLoads.push();
  return tagLoads.idle();
}

/** Loads the saved searches; resolves once the list shown is from a load that began after this call. */
export function loadSavedSearches(): Promise<void> {
  savedSearchLoads.push();
  return savedSearchLoads.idle();
}

const RELOAD_COALESCE_MS = 150;

/** Loads both lists now and keeps them fresh from core's events while the library is shown. */
export function watchSidebar(): () => void {
  void loadTags();
  void loadSavedSearches();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onEvent((event) => {
    if (event.name === 'tags.changed') void loadTags();
    else if (event.name === 'savedSearches.changed') void loadSavedSearches();
    else if (event.name === 'library.changed') {
      // Counts follow the articles: an import or a delete changes them. One reload for a burst of changes.
      clearTimeout(timer);
      timer = setTimeout(() => {
        void loadTags();
        void loadSavedSearches();
      }, RELOAD_COALESCE_MS);
    }
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
