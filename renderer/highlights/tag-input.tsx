/** Tags as chips with a text field for more: commas or Enter add, a chip's × or Backspace on empty removes. */
import { useState } from 'preact/hooks';
import { parseTags } from './quote-text.ts';

interface Props {
  tags: string[];
  onChange(tags: string[]): void;
  id: string;
}

export function TagInput({ tags, onChange, id }: Props) {
  const [text, setText] = useState('');
  const commit = (value: string) => {
    const added = parseTags(value);
    setText('');
    if (added.length === 0) return;
    const next = parseTags([...tags, ...added].join(','));
    if (next.length !== tags.length) onChange(next);
  };
  return (
    <div class="hl-tags">
      <ul class="hl-tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} class="hl-tag">
            <span>{tag}</span>
            <button type="button" class="hl-tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        class="hl-tag-input"
        type="text"
        value={text}
        placeholder={tags.length ? 'Add a tag' : 'Tags, separated by commas'}
        autocomplete="off"
        onInput={(event) => {
          const value = (event.target as HTMLInputElement).value;
          if (value.includes(',')) commit(value);
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(text);
          } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => commit(text)}
      />
    </div>
  );
}
