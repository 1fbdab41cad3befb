/**
 * Save the current search under a name (the button by the box, or the palette); the sidebar lists saved
 * searches with their counts. Enter saves, Esc leaves it.
 */
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/dialog.tsx';
import { showToast } from '../ui/toast-store.ts';
import { currentQuery } from './library-store.ts';
// The same small one-field form as renaming an article.
import './rename-dialog.css';

const NAME_MAX = 100;

/** The query being saved while the dialog is open. */
const savingQuery = signal<string | null>(null);

/** Opens the dialog for the search on screen; says what to do when there is none. */
export function openSaveSearch(): void {
  const query = currentQuery.value;
  if (!query) {
    showToast('Type a search first, then save it.');
    return;
  }
  savingQuery.value = query;
}

export function SaveSearchDialog() {
  const query = savingQuery.value;
  const close = () => (savingQuery.value = null);
  return (
    <Dialog open={query !== null} onClose={close} title="Save search" class="rename-dialog">
      {query !== null && <SaveSearchForm key={query} query={query} close={close} />}
    </Dialog>
  );
}

function SaveSearchForm({ query, close }: { query: string; close: () => void }) {
  const [name, setName] = useState(query.slice(0, NAME_MAX));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const trimmed = name.trim();

  const save = async (event: Event) => {
    event.preventDefault();
    if (trimmed === '' || saving) return;
    setSaving(true);
    const result = await call('savedSearches.save', { name: trimmed, query });
    setSaving(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    close();
    showToast(`Saved “${result.value.name}”. It is in the sidebar.`, { tone: 'success' });
  };

  return (
    <form onSubmit={save} class="rename-form">
      <p class="rename-label">
        Search: <code dir="auto">{query}</code>
      </p>
      <label class="rename-label" for="save-search-name">
        Name
      </label>
      <input
        id="save-search-name"
        class="rename-input"
        value={name}
        maxLength={NAME_MAX}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setError(null);
        }}
        onFocus={(e) => e.currentTarget.select()}
        data-autofocus
        aria-invalid={trimmed === '' || error !== null}
        aria-describedby={error ? 'save-search-error' : undefined}
        dir="auto"
      />
      {trimmed === '' && <p class="rename-hint">A saved search needs a name.</p>}
      {error && (
        <p id="save-search-error" class="rename-error" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={trimmed === '' || saving}>
          Save
        </button>
      </div>
    </form>
  );
}
