/**
 * The tag picker (t): chips for the chosen tags and a field that suggests existing tags as you type
 * (folded: "cafe" finds "Café"), or creates a new one. Enter adds the highlighted suggestion, Backspace on
 * an empty field removes the last chip, Enter on an empty field saves; one toast with Undo follows.
 */
import { useState } from 'preact/hooks';
import { normalizeTags, tagKey } from '../../../electron/shared/tags.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { CloseIcon } from '../../ui/icons.tsx';
import { tagColor, tags } from '../sidebar/sidebar-store.ts';
import { applyTagEdit, describeTargets } from './tag-actions.ts';
import { tagPickerTarget, type TagPickerTarget } from './tag-picker-state.ts';
import { suggestTags, type TagSuggestion } from './tag-suggestions.ts';
import { TagDot } from '../tag-chips.tsx';
import './tag-picker.css';

const INPUT_ID = 'tag-picker-input';
const LIST_ID = 'tag-picker-suggestions';

function titleFor(target: TagPickerTarget): string {
  const what = describeTargets(target.ids, target.title);
  return target.mode === 'untag' ? `Remove tags from ${what}` : `Tag ${what}`;
}

export function TagPicker() {
  const target = tagPickerTarget.value;
  const close = () => (tagPickerTarget.value = null);
  return (
    <Dialog open={target !== null} onClose={close} title={target ? titleFor(target) : 'Tags'} class="tag-picker-dialog">
      {target && <TagPickerBody key={target.ids.join(',')} target={target} close={close} />}
    </Dialog>
  );
}

/** Tags in `a` that `b` does not have, compared the way tags are (case and accents fold). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const keys = new Set(b.map(tagKey));
  return a.filter((tag) => !keys.has(tagKey(tag)));
}

function TagPickerBody({ target, close }: { target: TagPickerTarget; close: () => void }) {
  const [chosen, setChosen] = useState<string[]>(target.initial);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const suggestions = suggestTags(text, tags.value, chosen);
  const current = Math.min(active, suggestions.length - 1);

  const add = (suggestion: TagSuggestion | undefined) => {
    const name = suggestion?.name ?? normalizeTags([text])[0];
    setText('');
    setActive(0);
    if (name && !chosen.some((tag) => tagKey(tag) === tagKey(name))) setChosen([...chosen, name]);
  };
  const remove = (name: string) => setChosen(chosen.filter((tag) => tag !== name));

  const save = async () => {
    const pending = normalizeTags([text])[0];
    const all = pending && !chosen.some((tag) => tagKey(tag) === tagKey(pending)) ? [...chosen, pending] : chosen;
    const edit =
      target.mode === 'untag'
        ? { added: [], removed: all }
        : { added: minus(all, target.initial), removed: minus(target.initial, all) };
    if (edit.added.length === 0 && edit.removed.length === 0) return close();
    setBusy(true);
    const done = await applyTagEdit({ ids: target.ids, ...edit, what: describeTargets(target.ids, target.title) });
    setBusy(false);
    if (done) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + suggestions.length) % Math.max(1, suggestions.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (text.trim() === '') void save();
      else add(suggestions[current]);
    } else if (event.key === ',') {
      event.preventDefault();
      add(undefined);
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      event.preventDefault();
      remove(chosen.at(-1)!);
    }
  };

  const showList = suggestions.length > 0;
  return (
    <div class="tag-picker">
      <div class="tag-field" onClick={() => document.getElementById(INPUT_ID)?.focus()}>
        <ul class="tag-field-chips" aria-label={target.mode === 'untag' ? 'Tags to remove' : 'Tags'}>
          {chosen.map((name) => (
            <li key={name} class="tag-chip tag-chip-large">
              <TagDot color={tagColor(name)} />
              <span dir="auto">{name}</span>
              <button type="button" class="tag-chip-remove" aria-label={`Remove ${name}`} onClick={() => remove(name)}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
        <input
          id={INPUT_ID}
          class="tag-field-input"
          type="text"
          role="combobox"
          aria-label={target.mode === 'untag' ? 'Tag to remove' : 'Add a tag'}
          aria-expanded={showList}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={showList && current >= 0 ? `tag-option-${current}` : undefined}
          placeholder={chosen.length > 0 ? 'Add another…' : target.mode === 'untag' ? 'Which tag?' : 'Type a tag…'}
          value={text}
          maxLength={64}
          autocomplete="off"
          spellcheck={false}
          dir="auto"
          data-autofocus
          onInput={(event) => {
            setText(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={LIST_ID} class="tag-suggestions" role="listbox" aria-label="Suggestions" hidden={!showList}>
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.kind}-${suggestion.name}`}
            id={`tag-option-${index}`}
            role="option"
            aria-selected={index === current}
            class="tag-suggestion"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(suggestion)}
            onMouseEnter={() => setActive(index)}
          >
            {suggestion.kind === 'existing' ? (
              <>
                <TagDot color={tagColor(suggestion.name)} />
                <span class="tag-suggestion-name" dir="auto">{suggestion.name}</span>
                <span class="tag-suggestion-count">{suggestion.count}</span>
              </>
            ) : (
              <span class="tag-suggestion-name">
                Create <strong dir="auto">“{suggestion.name}”</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
      <p class="tag-picker-hint">
        <kbd class="kbd">Enter</kbd> adds · <kbd class="kbd">⌫</kbd> removes · <kbd class="kbd">Enter</kbd> again saves
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {target.mode === 'untag' ? 'Remove' : 'Save'}
        </button>
      </div>
    </div>
  );
}
