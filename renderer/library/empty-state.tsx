/** What an empty list says: plainly what is going on and the one thing to do next. */
import { BookIcon, SearchIcon, ArchiveIcon } from '../ui/icons.tsx';
import { isMac } from '../app/platform.ts';
import { openFilePicker } from './import/file-picker.tsx';
import { openImportChooser } from './migration/import-chooser-dialog.tsx';
import { archivedCount, clearQuery, currentQuery, filter, searchHints, setFilter } from './library-store.ts';
import { filterOptions } from './view-options.ts';

export function EmptyState() {
  const mod = isMac ? '⌘' : 'Ctrl+';
  if (currentQuery.value) {
    return (
      <div class="empty-state" data-testid="empty-state">
        <SearchIcon class="empty-icon" />
        <h2 class="empty-title">No articles match “{currentQuery.value}”</h2>
        {searchHints.value.map((hint) => (
          <p key={hint} class="empty-text">
            {hint}
          </p>
        ))}
        <p class="empty-text">Try fewer words, or look in all articles.</p>
        <div class="empty-actions">
          <button type="button" class="btn" onClick={clearQuery}>
            Clear search
          </button>
        </div>
      </div>
    );
  }
  if (filter.value !== 'all') {
    const option = filterOptions.find((o) => o.value === filter.value);
    return (
      <div class="empty-state" data-testid="empty-state">
        <h2 class="empty-title">No articles in {option?.label}</h2>
        <p class="empty-text">{option?.empty}</p>
        <div class="empty-actions">
          <button type="button" class="btn" onClick={() => setFilter('all')}>
            Show all articles
          </button>
        </div>
      </div>
    );
  }
  if (archivedCount.value > 0) {
    return (
      <div class="empty-state" data-testid="empty-state">
        <ArchiveIcon class="empty-icon" />
        <h2 class="empty-title">All caught up</h2>
        <p class="empty-text">Everything you saved is archived. Drop a file here, paste a link, or press {mod}O to add more.</p>
        <div class="empty-actions">
          <button type="button" class="btn" onClick={() => setFilter('archived')}>
            Show archived
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="empty-state empty-state-library" data-testid="empty-state">
      <BookIcon class="empty-icon" />
      <h2 class="empty-title">Your library is empty.</h2>
      <p class="empty-text">
        Drop a file here, paste a link, or press {mod}O.
      </p>
      <div class="empty-actions">
        <button type="button" class="btn btn-primary" onClick={openFilePicker}>
          Choose files…
        </button>
        <button type="button" class="btn" onClick={openImportChooser}>
          Import from another app…
        </button>
      </div>
      <p class="empty-footnote">
        Lectern reads HTML, Markdown and plain-text files, and exports from Pocket, Instapaper, Omnivore and others. Everything stays on this
        computer.
      </p>
    </div>
  );
}
