/**
 * Rename an article (r): imported files and pastes often arrive with a poor title, and the title is how a
 * library is scanned. Enter saves, Esc leaves it as it was.
 */
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/dialog.tsx';
import { showToast } from '../ui/toast-store.ts';
import { patchRow, refreshSoon } from './library-store.ts';
import { NameField } from '../ui/name-field.tsx';

export const renameTarget = signal<ArticleSummary | null>(null);

export function RenameDialog() {
  const article = renameTarget.value;
  const close = () => (renameTarget.value = null);
  return (
    <Dialog open={article !== null} onClose={close} title="Rename article" class="name-dialog">
      {article && <RenameForm key={article.id} article={article} close={close} />}
    </Dialog>
  );
}

function RenameForm({ article, close }: { article: ArticleSummary; close: () => void }) {
  const [title, setTitle] = useState(article.title);
  const [error, setError] = useState<string | null>(null);
  const trimmed = title.trim();

  const save = async (event: Event) => {
    event.preventDefault();
    if (trimmed === '' || trimmed === article.title) {
      if (trimmed !== '') close();
      return;
    }
    const result = await call('articles.update', { id: article.id, patch: { title: trimmed.slice(0, 500) } });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    patchRow(article.id, { title: result.value.title });
    refreshSoon();
    close();
    showToast(`Renamed to “${result.value.title}”`, {
      action: {
        label: 'Undo',
        run: async () => {
          await call('articles.update', { id: article.id, patch: { title: article.title } });
          patchRow(article.id, { title: article.title });
          refreshSoon();
        },
      },
    });
  };

  return (
    <form onSubmit={save} class="name-form">
      <label class="name-label" for="rename-input">
        Title
      </label>
      <NameField
        id="rename-input"
        value={title}
        maxLength={500}
        onInput={setTitle}
        emptyHint="A title cannot be empty."
        error={error}
        submitLabel="Rename"
        onCancel={close}
      />
    </form>
  );
}
