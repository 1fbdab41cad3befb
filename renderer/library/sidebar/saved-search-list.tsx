/**
 * Saved searches in the sidebar, in the user's order, each with its count. Click runs it; the menu renames,
 * moves and deletes; Alt+↑/↓ or dragging reorders.
 */
import { useState } from 'preact/hooks';
import type { SavedSearch } from '../../../electron/shared/models.ts';
import { MenuButton, MenuItem } from '../../ui/menu-popover.tsx';
import { SearchIcon } from '../../ui/icons.tsx';
import { currentQuery } from '../library-store.ts';
import { deleteSavedSearch, dropSavedSearch, moveSavedSearch, renameSavedSearch, runSavedSearch } from './saved-search-actions.ts';
import { savedSearches, savedSearchesError } from './sidebar-store.ts';
import { InlineName } from './inline-name.tsx';
import { focusNeighbour, focusSideItem, SideCount } from './side-item.tsx';

export function SavedSearchList() {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const list = savedSearches.value;
  const error = savedSearchesError.value;
  const keys = list.map((search) => `search-${search.id}`);

  const onItemKey = (event: KeyboardEvent, search: SavedSearch) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void moveSavedSearch(search.id, event.key === 'ArrowUp' ? -1 : 1).then(() => focusSideItem(`search-${search.id}`));
  };
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const id = dragging;
    setDragging(null);
    setDropAt(null);
    if (!id) return;
    const from = list.findIndex((s) => s.id === id);
    // Dropping below its own place: the index counts the list without the dragged one.
    void dropSavedSearch(id, from < index ? index - 1 : index);
  };

  return (
    <section class="side-section" aria-labelledby="side-searches-title">
      <h2 class="side-title" id="side-searches-title">
        Saved searches
      </h2>
      {error ? (
        <p class="side-empty">Saved searches are not available: {error}</p>
      ) : list.length === 0 ? (
        <p class="side-empty">No saved searches yet. Search with /, then save it to come back here.</p>
      ) : (
        <ul class="side-list" aria-describedby="side-searches-hint" onDragLeave={() => setDropAt(null)}>
          {list.map((search, index) => (
            <li
              key={search.id}
              class={`side-item${dragging === search.id ? ' is-dragging' : ''}${dropAt === index ? ' is-drop-target' : ''}`}
              draggable={renaming !== search.id}
              data-testid="saved-search"
              onDragStart={(event) => {
                event.dataTransfer?.setData('text/plain', search.name);
                setDragging(search.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
              onDragOver={(event) => {
                if (!dragging) return;
                event.preventDefault();
                const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
                setDropAt(event.clientY > rect.top + rect.height / 2 ? index + 1 : index);
              }}
              onDrop={(event) => drop(event, dropAt ?? index)}
              onKeyDown={(event) => onItemKey(event, search)}
            >
              {renaming === search.id ? (
                <InlineName
                  initial={search.name}
                  label={`New name for “${search.name}”`}
                  onSave={(name) => renameSavedSearch(search, name)}
                  onDone={() => {
                    setRenaming(null);
                    focusSideItem(`search-${search.id}`);
                  }}
                />
              ) : (
                <>
                  <button
                    type="button"
                    class="side-item-main"
                    data-side-key={`search-${search.id}`}
                    aria-current={currentQuery.value === search.query.trim() ? 'true' : undefined}
                    title={search.query}
                    onClick={() => runSavedSearch(search)}
                  >
                    <SearchIcon class="side-item-icon" />
                    <span class="side-item-name" dir="auto">
                      {search.name}
                    </span>
                    <SideCount count={search.count} />
                  </button>
                  <MenuButton label={`Actions for saved search ${search.name}`}>
                    {(close) => (
                      <>
                        <MenuItem close={close} label="Rename" onSelect={() => setRenaming(search.id)} />
                        <MenuItem close={close} label="Move up" onSelect={() => void moveSavedSearch(search.id, -1)} />
                        <MenuItem close={close} label="Move down" onSelect={() => void moveSavedSearch(search.id, 1)} />
                        <div class="menu-separator" role="separator" />
                        <MenuItem close={close} label="Delete" danger onSelect={() => void deleteSavedSearch(search).then(() => focusNeighbour(keys, `search-${search.id}`))} />
                      </>
                    )}
                  </MenuButton>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p id="side-searches-hint" class="visually-hidden">
        Alt with the up or down arrow moves a saved search.
      </p>
    </section>
  );
}
