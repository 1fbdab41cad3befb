/**
 * The notebook: every highlight and note across the library, grouped under its article, newest first or by
 * article, filtered by colour, tag and words. An entry opens its article at the exact passage.
 */
import { useEffect } from 'preact/hooks';
import { onEvent } from '../api/client.ts';
import { activeScope } from '../app/shortcuts.ts';
import { injectPaletteVars } from '../highlights/frame-stylesheet.ts';
import { NotebookEntry } from './notebook-item.tsx';
import { NotebookFilters } from './notebook-filters.tsx';
import { groupByArticle } from './notebook-groups.ts';
import { closeNotebook } from './notebook-route.ts';
import { registerNotebookShortcuts } from './notebook-shortcuts.ts';
import { filtered, items, loadError, loadMore, loading, reload, total } from './notebook-store.ts';
import '../highlights/highlights.css';
import './notebook.css';

export function NotebookView() {
  useEffect(() => {
    activeScope.value = 'notebook';
    injectPaletteVars(document);
    void reload();
    const stopEvents = onEvent((event) => {
      if (event.name === 'library.changed') void reload();
    });
    const stopKeys = registerNotebookShortcuts();
    return () => {
      stopEvents();
      stopKeys();
    };
  }, []);

  const groups = groupByArticle(items.value);
  const count = total.value;
  return (
    <div class="notebook">
      <header class="nb-header">
        <div class="nb-header-top">
          <button type="button" class="btn btn-quiet nb-back" onClick={closeNotebook} title="Back to the library (Esc)">
            ‹ Library
          </button>
          <h1 class="nb-title">Notebook</h1>
          {count !== null && count > 0 && (
            <span class="nb-total" aria-live="polite">
              {count === 1 ? '1 item' : `${count} items`}
            </span>
          )}
        </div>
        <NotebookFilters />
      </header>
      <main id="main" class="nb-main" aria-label="Highlights and notes" tabIndex={-1}>
        {loadError.value && (
          <p class="nb-error" role="alert">
            The notebook could not be loaded: {loadError.value}{' '}
            <button type="button" class="btn" onClick={() => void reload()}>
              Try again
            </button>
          </p>
        )}
        {count === 0 && !filtered.value && <NotebookEmpty />}
        {count === 0 && filtered.value && <p class="nb-empty-filtered">Nothing matches these filters.</p>}
        {groups.map((group, i) => (
          <section key={`${group.articleId}-${i}`} class="nb-group" aria-label={group.articleTitle}>
            <h2 class="nb-group-title">
              {group.articleTitle}
              {group.siteName && <span class="nb-group-site"> · {group.siteName}</span>}
            </h2>
            <ul class="nb-items">
              {group.items.map((item) => (
                <NotebookEntry key={item.id} item={item} />
              ))}
            </ul>
          </section>
        ))}
        {count !== null && items.value.length < count && (
          <button type="button" class="btn nb-more" disabled={loading.value} onClick={() => void loadMore()}>
            Show more ({count - items.value.length} left)
          </button>
        )}
      </main>
    </div>
  );
}

function NotebookEmpty() {
  return (
    <div class="nb-empty">
      <h2>Your notebook is empty</h2>
      <p>
        Open an article and select a few words: a small bar appears. Pick a colour to highlight them, or press <kbd>H</kbd>.
        Press <kbd>N</kbd> to highlight and write a note. Every highlight and article note you make is collected here.
      </p>
    </div>
  );
}
