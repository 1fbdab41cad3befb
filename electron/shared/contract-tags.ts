/**
 * The contract's methods for tags and for acting on many articles at once. Spread into `api` in
 * contract.ts, so they are typed, validated and dispatched like every other method.
 */
import * as v from 'valibot';
import { articleIds, method, returns } from './contract-schemas.ts';
import type { BulkChange, TagInfo } from './models.ts';
import { TAG_COLORS } from './vocabularies.ts';

/** A tag as typed: trimmed; the store tidies it further with shared/tags.ts (case and accents fold to one tag). */
const tagName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a tag needs a name'),
  v.maxLength(64, 'a tag can be at most 64 characters'),
);
const tagNames = v.pipe(v.array(tagName), v.minLength(1, 'name at least one tag'), v.maxLength(50));

export const tagMethods = {
  /** Every tag of articles and highlights (one vocabulary), with counts, most used first. */
  'tags.list': method(v.object({}), returns<TagInfo[]>()),
  /** Renames a tag everywhere; renaming onto an existing tag merges the two. */
  'tags.rename': method(v.object({ from: tagName, to: tagName }), returns<TagInfo>()),
  /** Folds several tags into one, on articles and highlights alike. */
  'tags.merge': method(v.object({ from: tagNames, into: tagName }), returns<TagInfo>()),
  /** Removes a tag from every article and highlight; undoable until undoUntil. */
  'tags.delete': method(v.object({ name: tagName }), returns<{ name: string; undoUntil: string }>()),
  'tags.undoDelete': method(v.object({ name: tagName }), returns<TagInfo>()),
  'tags.setColor': method(v.object({ name: tagName, color: v.nullable(v.picklist(TAG_COLORS)) }), returns<TagInfo>()),

  /** Adds tags to articles; `changed` names the articles that did not have them all, so Undo untags only those. */
  'articles.tag': method(v.object({ ids: articleIds, tags: tagNames }), returns<BulkChange>()),
  'articles.untag': method(v.object({ ids: articleIds, tags: tagNames }), returns<BulkChange>()),
  /** One patch for many articles; `changed` names those whose state it changed, so Undo reverses only those. */
  'articles.updateMany': method(
    v.object({
      ids: articleIds,
      patch: v.pipe(
        v.partial(v.object({ archived: v.boolean(), favorite: v.boolean(), finished: v.boolean() })),
        v.check((patch) => Object.keys(patch).length > 0, 'say what to change'),
      ),
    }),
    returns<BulkChange>(),
  ),
  /** Hides many articles at once; one Undo brings them all back within the window. */
  'articles.deleteMany': method(v.object({ ids: articleIds }), returns<{ ids: string[]; undoUntil: string }>()),
  'articles.undoDeleteMany': method(v.object({ ids: articleIds }), returns<BulkChange>()),
};
