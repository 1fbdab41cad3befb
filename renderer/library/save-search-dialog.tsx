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
import { NameField } from '../ui/name-field.tsx';

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
    <Dialog open={query !== null} onClose={close} title="Save search" class="name-dialog">
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
    <form onSubmit={save} class="name-form">
      <p class="name-label">
        Search: <code dir="auto">{query}</code>
      </p>
      <label class="name-label" for="save-search-name">
        Name
      </label>
      <NameField
        id="save-search-name"
        value={name}
        maxLength={NAME_MAX}
        onInput={(value) => {
          setName(value);
          setError(null);
        }}
        emptyHint="A saved search needs a name."
        error={error}
        submitLabel="Save"
        busy={saving}
        onCancel={close}
      />
    </form>
  );
}
