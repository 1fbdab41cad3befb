/** The instant filter: `/` focuses it, typing narrows the list after a short pause, Esc clears it. */
import { SearchIcon, CloseIcon } from '../ui/icons.tsx';
import { clearQuery, queryInput, setQueryInput } from './library-store.ts';

export const FILTER_INPUT_ID = 'library-filter';

export function focusFilterBox(): void {
  const input = document.getElementById(FILTER_INPUT_ID) as HTMLInputElement | null;
  input?.focus();
  input?.select();
}

export function FilterBox() {
  return (
    <form class="filter-box" role="search" onSubmit={(event) => event.preventDefault()}>
      <SearchIcon class="filter-box-icon" />
      <label class="visually-hidden" for={FILTER_INPUT_ID}>
        Filter articles
      </label>
      <input
        id={FILTER_INPUT_ID}
        class="filter-box-input"
        type="search"
        placeholder="Filter articles"
        autocomplete="off"
        spellcheck={false}
        value={queryInput.value}
        onInput={(event) => setQueryInput(event.currentTarget.value)}
      />
      {queryInput.value ? (
        <button type="button" class="filter-box-clear" aria-label="Clear filter" onClick={() => { clearQuery(); focusFilterBox(); }}>
          <CloseIcon />
        </button>
      ) : (
        <kbd class="kbd filter-box-hint" aria-hidden="true">
          /
        </kbd>
      )}
    </form>
  );
}
