/** The slim bar above the list: filters as a row of quiet tabs, the count, and the sort order. */
import type { ArticleListSort } from '../../electron/shared/vocabularies.ts';
import { currentQuery, filter, listSort, setFilter, setSort, total } from './library-store.ts';
import { filterOptions, searchSortOptions, sortOptions } from './view-options.ts';
import { density, toggleDensity } from './density.ts';
import { CompactRowsIcon, RowsIcon } from '../ui/icons.tsx';

const numberFormat = new Intl.NumberFormat();

export function FilterBar() {
  const count = total.value;
  return (
    <nav class="filter-bar" aria-label="Library filters">
      <ul class="filter-tabs">
        {filterOptions.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              class="filter-tab"
              aria-pressed={filter.value === option.value}
              onClick={() => setFilter(option.value)}
            >
              {option.label}
            </button>
          </li>
        ))}
      </ul>
      <div class="filter-bar-end">
        <span class="article-count" aria-live="polite" data-testid="article-count">
          {count === null ? '' : `${numberFormat.format(count)} ${count === 1 ? 'article' : 'articles'}${currentQuery.value ? ' found' : ''}`}
        </span>
        <label class="sort-select">
          <span class="sort-select-label">Sort</span>
          <select value={listSort()} onChange={(event) => setSort(event.currentTarget.value as ArticleListSort)}>
            {(currentQuery.value ? searchSortOptions : sortOptions).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="icon-btn density-toggle"
          aria-pressed={density.value === 'compact'}
          aria-label="Compact list"
          title={density.value === 'compact' ? 'Show excerpts' : 'Compact list'}
          onClick={toggleDensity}
        >
          {density.value === 'compact' ? <CompactRowsIcon /> : <RowsIcon />}
        </button>
      </div>
    </nav>
  );
}
