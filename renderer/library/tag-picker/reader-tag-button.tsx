/**
 * Tagging the open article from the reader's bar (and "Tag this article" in the palette; t is the theme
 * there). The article's tags are fetched fresh when the picker opens, so a second edit starts from the first.
 */
import { useEffect } from 'preact/hooks';
import { call } from '../../api/client.ts';
import { registerShortcuts } from '../../app/shortcuts.ts';
import { TagIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast-store.ts';
import { TagPicker } from './tag-picker.tsx';
import { openTagPicker } from './tag-picker-state.ts';

async function tagArticle(articleId: string): Promise<void> {
  const result = await call('articles.get', { id: articleId });
  if (!result.ok) showToast(`Could not open the tags of this article: ${result.message}`, { tone: 'error' });
  else openTagPicker('tag', result.value);
}

export function ReaderTagButton({ articleId }: { articleId: string }) {
  useEffect(() => registerShortcuts('reader', [{ keys: [], description: 'Tag this article', run: () => void tagArticle(articleId) }]), [articleId]);
  return (
    <>
      <button type="button" class="reader-button" aria-label="Tags" title="Tags" onClick={() => void tagArticle(articleId)}>
        <TagIcon />
      </button>
      <TagPicker />
    </>
  );
}
