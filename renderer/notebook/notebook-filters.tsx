/** The notebook's slim bar: search, colour, tag and order. Every control changes the list at once. */
import { HIGHLIGHT_COLORS, NOTEBOOK_SORTS, type HighlightColor, type NotebookSort } from '../../electron/shared/vocabularies.ts';
import { COLOR_LABELS } from '../highlights/highlight-colors.ts';
import { clearFilters, color, filtered, query, setColor, setQuery, setSort, setTag, sort, tag } from './notebook-store.ts';

export const NOTEBOOK_SEARCH_ID = 'notebook-search';

const SORT_LABELS: Record<NotebookSort, string> = { newest: 'Newest first', article: 'By article' };

export function NotebookFilters() {
  return (
    <div class="nb-filters">
      <input
        id={NOTEBOOK_SEARCH_ID}
        class="nb-search"
        type="search"
        aria-label="Search highlights and notes"
        placeholder="Search highlights and notes  /"
        value={query.value}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        autocomplete="off"
        spellcheck={false}
      />
      <div class="nb-colors" role="group" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((c: HighlightColor) => (
          <button
            key={c}
            type="button"
            class="hl-swatch"
            data-color={c}
            aria-label={`Only ${COLOR_LABELS[c].toLowerCase()}`}
            aria-pressed={color.value === c}
            onClick={() => setColor(color.value === c ? null : c)}
          />
        ))}
      </div>
      <input
        class="nb-tag-filter"
        type="text"
        aria-label="Tag"
        placeholder="Tag"
        value={tag.value}
        onChange={(event) => setTag((event.target as HTMLInputElement).value)}
        autocomplete="off"
      />
      <div class="nb-sort" role="radiogroup" aria-label="Order">
        {NOTEBOOK_SORTS.map((s) => (
          <button key={s} type="button" role="radio" aria-checked={sort.value === s} class="nb-sort-option" onClick={() => setSort(s)}>
            {SORT_LABELS[s]}
          </button>
        ))}
      </div>
      {filtered.value && (
        <button type="button" class="btn btn-quiet nb-clear" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
