/** One entry of the notebook: a highlighted passage with its note and tags, or an article's own note. */
import type { NotebookItem } from '../../electron/shared/models.ts';
import { renderNoteMarkdown } from '../notes/markdown-preview.ts';
import { COLOR_LABELS } from '../highlights/highlight-colors.ts';
import { openFromNotebook } from './notebook-route.ts';
import { setTag } from './notebook-store.ts';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function NotebookEntry({ item }: { item: NotebookItem }) {
  const open = () => openFromNotebook(item.articleId, item.kind === 'highlight' ? item.id : null);
  if (item.kind === 'note') {
    return (
      <li class="nb-item nb-item-note">
        <button type="button" class="nb-item-open" data-item={item.id} onClick={open}>
          <span class="nb-item-kind">Article note</span>
          <span class="visually-hidden">Open {item.articleTitle}</span>
        </button>
        {/* Sanitized by renderNoteMarkdown (DOMPurify). */}
        <div class="nb-note" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(item.note) }} />
      </li>
    );
  }
  return (
    <li class="nb-item" data-color={item.color}>
      <button type="button" class="nb-item-open" data-item={item.id} onClick={open} title="Open the article at this passage">
        <blockquote class="nb-quote">{item.quote.replace(/\s+/g, ' ').trim()}</blockquote>
      </button>
      {item.note.trim() && <div class="nb-note" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(item.note) }} />}
      <div class="nb-item-meta">
        <span class="nb-color" data-color={item.color}>
          {COLOR_LABELS[item.color]}
        </span>
        <span>{when(item.createdAt)}</span>
        {item.tags.map((t) => (
          <button key={t} type="button" class="hl-tag nb-tag" title={`Show only “${t}”`} onClick={() => setTag(t)}>
            {t}
          </button>
        ))}
      </div>
    </li>
  );
}
