/** Tags as small muted chips (on rows, in the picker, in the sidebar), with a coloured dot when the tag has a colour. */
import type { TagColor } from '../../electron/shared/vocabularies.ts';
import { tagColor } from './sidebar/sidebar-store.ts';
import './tag-chips.css';

/** The tag's colour as a dot; nothing for a tag without one, so uncoloured tags stay quiet. */
export function TagDot({ color }: { color: TagColor | null }) {
  return color ? <span class={`tag-dot tag-color-${color}`} aria-hidden="true" /> : null;
}

const MAX_ON_ROW = 3;

/** A row's tags: the first few, then "+N" with the rest in its tooltip. */
export function RowTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, MAX_ON_ROW);
  const rest = tags.slice(MAX_ON_ROW);
  return (
    <span class="row-tags" data-testid="row-tags">
      <span class="visually-hidden">Tags: </span>
      {shown.map((name) => (
        <span key={name} class="tag-chip" data-testid="row-tag" dir="auto">
          <TagDot color={tagColor(name)} />
          {name}
        </span>
      ))}
      {rest.length > 0 && (
        <span class="tag-chip tag-chip-more" title={rest.join(', ')}>
          +{rest.length}
          <span class="visually-hidden"> more: {rest.join(', ')}</span>
        </span>
      )}
    </span>
  );
}
