/**
 * The bar that floats over the list's foot while articles are selected: how many, the bulk actions, select
 * all matching and clear. It is also the live region that tells screen readers how many are selected.
 */
import { ArchiveIcon, CheckIcon, CloseIcon, StarIcon, TagIcon, TrashIcon } from '../../ui/icons.tsx';
import { total } from '../library-store.ts';
import { openTagPicker } from '../tag-picker/tag-picker-state.ts';
import { deleteSelected, updateSelected } from './bulk-actions.ts';
import { clearSelection, selectAllMatching, selectionCount } from './selection-store.ts';
import { articleCount } from './selection-set.ts';
import './bulk-bar.css';

export function BulkBar() {
  const count = selectionCount.value;
  const all = total.value ?? 0;
  return (
    <>
      <p class="visually-hidden" aria-live="polite" data-testid="selection-status">
        {count > 0 ? `${articleCount(count)} selected` : ''}
      </p>
      {count > 0 && (
        <div class="bulk-bar" role="toolbar" aria-label="Selected articles" data-testid="bulk-bar">
          <span class="bulk-count">{articleCount(count)} selected</span>
          {count < all && (
            <button type="button" class="bulk-link" onClick={() => void selectAllMatching()}>
              Select all {all.toLocaleString()}
            </button>
          )}
          <span class="bulk-divider" aria-hidden="true" />
          <button type="button" class="bulk-btn" title="Tag (t)" onClick={() => openTagPicker('tag')}>
            <TagIcon />
            Tag
          </button>
          <button type="button" class="bulk-btn" onClick={() => openTagPicker('untag')}>
            Untag
          </button>
          <button type="button" class="bulk-btn" title="Archive (a)" onClick={() => void updateSelected({ archived: true })}>
            <ArchiveIcon />
            Archive
          </button>
          <button type="button" class="bulk-btn" onClick={() => void updateSelected({ archived: false })}>
            Unarchive
          </button>
          <button type="button" class="bulk-btn" title="Favorite (f)" onClick={() => void updateSelected({ favorite: true })}>
            <StarIcon />
            Favorite
          </button>
          <button type="button" class="bulk-btn" title="Mark finished (m)" onClick={() => void updateSelected({ finished: true })}>
            <CheckIcon />
            Finished
          </button>
          <button type="button" class="bulk-btn bulk-btn-danger" title="Delete (d)" onClick={() => void deleteSelected()}>
            <TrashIcon />
            Delete
          </button>
          <button type="button" class="icon-btn bulk-clear" aria-label="Clear the selection" title="Clear the selection (Esc)" onClick={clearSelection}>
            <CloseIcon />
          </button>
        </div>
      )}
    </>
  );
}
