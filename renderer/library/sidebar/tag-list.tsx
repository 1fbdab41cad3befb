/**
 * The library's tags with their counts and colours. Click shows the tag's articles (tag:"name" in the
 * search box); the menu renames (onto another tag: merges), recolours and deletes with Undo.
 */
import { useState } from 'preact/hooks';
import type { TagInfo } from '../../../electron/shared/models.ts';
import { TAG_COLORS, type TagColor } from '../../../electron/shared/vocabularies.ts';
import { MenuButton, MenuItem } from '../../ui/menu-popover.tsx';
import { currentQuery } from '../library-store.ts';
import { TagDot } from '../tag-chips.tsx';
import { InlineName } from './inline-name.tsx';
import { focusNeighbour, focusSideItem, SideCount } from './side-item.tsx';
import { tags, tagsError } from './sidebar-store.ts';
import { deleteTag, mergeTarget, recolorTag, renameTag, showTag } from './tag-list-actions.ts';
import { tagQuery } from './tag-query.ts';

type Editing = { name: string; merge: boolean } | null;

export function TagList() {
  const [editing, setEditing] = useState<Editing>(null);
  const list = tags.value.filter((tag) => tag.articleCount > 0 || tag.highlightCount > 0);
  const error = tagsError.value;
  const keys = list.map((tag) => `tag-${tag.name}`);
  return (
    <section class="side-section" aria-labelledby="side-tags-title">
      <h2 class="side-title" id="side-tags-title">
        Tags
      </h2>
      {error ? (
        <p class="side-empty">Tags are not available: {error}</p>
      ) : list.length === 0 ? (
        <p class="side-empty">
          No tags yet. Press <kbd class="kbd">t</kbd> to tag an article.
        </p>
      ) : (
        <ul class="side-list">
          {list.map((tag) => (
            <li key={tag.name} class="side-item" data-testid="sidebar-tag">
              {editing?.name === tag.name ? (
                <InlineName
                  initial={editing.merge ? '' : tag.name}
                  label={editing.merge ? `Merge “${tag.name}” into` : `New name for “${tag.name}”`}
                  placeholder={editing.merge ? 'Merge into which tag?' : undefined}
                  options={editing.merge ? list.filter((t) => t.name !== tag.name).map((t) => t.name) : undefined}
                  hint={(text) => {
                    const into = mergeTarget(tag, text);
                    return into ? `Merges into “${into.name}” (${into.articleCount})` : editing.merge ? 'Type the name of another tag' : null;
                  }}
                  onSave={(name) => (editing.merge && !mergeTarget(tag, name) ? Promise.resolve(false) : renameTag(tag, name))}
                  onDone={() => {
                    setEditing(null);
                    focusSideItem(`tag-${tag.name}`);
                  }}
                />
              ) : (
                <>
                  <button
                    type="button"
                    class="side-item-main"
                    data-side-key={`tag-${tag.name}`}
                    aria-current={currentQuery.value === tagQuery(tag.name) ? 'true' : undefined}
                    onClick={() => showTag(tag)}
                  >
                    <span class="side-item-icon side-tag-mark" aria-hidden="true">
                      {tag.color ? <TagDot color={tag.color} /> : '#'}
                    </span>
                    <span class="side-item-name" dir="auto">
                      {tag.name}
                    </span>
                    <SideCount count={tag.articleCount} />
                  </button>
                  <MenuButton label={`Actions for tag ${tag.name}`}>
                    {(close) => (
                      <TagMenu
                        tag={tag}
                        close={close}
                        edit={(merge) => setEditing({ name: tag.name, merge })}
                        onDeleted={() => focusNeighbour(keys, `tag-${tag.name}`)}
                      />
                    )}
                  </MenuButton>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const COLOR_NAMES: Record<TagColor, string> = {
  gray: 'Gray',
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  purple: 'Purple',
  pink: 'Pink',
};

interface TagMenuProps {
  tag: TagInfo;
  close: () => void;
  edit: (merge: boolean) => void;
  onDeleted: () => void;
}

function TagMenu({ tag, close, edit, onDeleted }: TagMenuProps) {
  const choose = (color: TagColor | null) => {
    close();
    void recolorTag(tag, color);
  };
  return (
    <>
      <MenuItem close={close} label="Rename" onSelect={() => edit(false)} />
      <MenuItem close={close} label="Merge into…" onSelect={() => edit(true)} />
      <div class="menu-separator" role="separator" />
      <div class="tag-swatches" role="group" aria-label="Colour">
        <button
          type="button"
          role="menuitemradio"
          aria-checked={tag.color === null}
          class="tag-swatch tag-swatch-none"
          aria-label="No colour"
          title="No colour"
          onClick={() => choose(null)}
        />
        {TAG_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="menuitemradio"
            aria-checked={tag.color === color}
            class={`tag-swatch tag-color-${color}`}
            aria-label={COLOR_NAMES[color]}
            title={COLOR_NAMES[color]}
            onClick={() => choose(color)}
          />
        ))}
      </div>
      <div class="menu-separator" role="separator" />
      <MenuItem close={close} label="Delete" danger onSelect={() => void deleteTag(tag).then(onDeleted)} />
    </>
  );
}
