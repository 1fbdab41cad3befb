/**
 * The search box: `/` focuses it, results arrive as you type, Esc clears it. Empty and focused, it lists the
 * search language; with a query, what core made of it (hints) and the index's state show quietly beneath,
 * and the search can be saved.
 */
import { useState } from 'preact/hooks';
import { SearchIcon, CloseIcon } from '../ui/icons.tsx';
import { clearQuery, currentQuery, moveSelection, queryInput, searchHints, searchStatus, selectedArticle, setQueryInput, whenResultsReady } from './library-store.ts';
import { openListed } from './open-listed.ts';
import { openSaveSearch } from './save-search-dialog.tsx';
import { searchNotes } from './search-notes.ts';
import { SEARCH_TIPS, withTip } from './search-tips.ts';
import './search-box.css';

export const FILTER_INPUT_ID = 'library-filter';
const TIPS_ID = 'search-tips';

export function focusFilterBox(): void {
  const input = document.getElementById(FILTER_INPUT_ID) as HTMLInputElement | null;
  input?.focus();
  input?.select();
}

function SearchTips() {
  return (
    <div class="search-tips" id={TIPS_ID} role="note" aria-label="How to search">
      <p class="search-tips-title">Words match anywhere: title, text, notes and highlights.</p>
      <ul class="search-tips-list">
        {SEARCH_TIPS.map((tip) => (
          <li key={tip.example}>
            <button
              type="button"
              class="search-tip"
              tabIndex={-1}
              // Keep the focus in the box: the tip is typed for you and you type on.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setQueryInput(withTip(queryInput.value, tip));
                focusFilterBox();
                const input = document.getElementById(FILTER_INPUT_ID) as HTMLInputElement | null;
                input?.setSelectionRange(input.value.length, input.value.length);
              }}
            >
              <code>{tip.example}</code>
              <span>{tip.meaning}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Enter in the box opens the selected result (the first, unless j/k moved on) once it answers what was typed. */
async function openSelectedResult(): Promise<void> {
  await whenResultsReady();
  const article = selectedArticle();
  if (article) openListed(article);
}

/** Down arrow leaves the box for the list, where j/k go on moving through the results. */
function onBoxKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  moveSelection(0);
}

export function FilterBox() {
  const [focused, setFocused] = useState(false);
  const notes = searchNotes(currentQuery.value ? searchHints.value : [], searchStatus.value);
  const showTips = focused && queryInput.value === '';
  return (
    <>
      <form
        class="filter-box"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void openSelectedResult();
        }}
      >
        <SearchIcon class="filter-box-icon" />
        <label class="visually-hidden" for={FILTER_INPUT_ID}>
          Search articles
        </label>
        <input
          id={FILTER_INPUT_ID}
          class="filter-box-input"
          type="search"
          placeholder="Search — try tag:, site:, “a phrase”"
          autocomplete="off"
          spellcheck={false}
          value={queryInput.value}
          aria-describedby={notes.length > 0 ? 'search-notes' : showTips ? TIPS_ID : undefined}
          onInput={(event) => setQueryInput(event.currentTarget.value)}
          onKeyDown={onBoxKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
        {queryInput.value ? (
          <button type="button" class="filter-box-clear" aria-label="Clear search" onClick={() => { clearQuery(); focusFilterBox(); }}>
            <CloseIcon />
          </button>
        ) : (
          <kbd class="kbd filter-box-hint" aria-hidden="true">
            /
          </kbd>
        )}
        <p class="search-notes" id="search-notes" aria-live="polite" data-testid="search-notes" title={notes.join(' · ') || undefined}>
          {notes.join(' · ')}
        </p>
        {showTips && <SearchTips />}
      </form>
      {currentQuery.value && (
        <button type="button" class="btn btn-quiet save-search-button" title="Save this search (in the sidebar)" onClick={openSaveSearch}>
          Save search
        </button>
      )}
    </>
  );
}
