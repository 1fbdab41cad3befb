/** A name edited in place (a tag, a saved search): Enter saves, Esc or leaving the field cancels. */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  initial: string;
  label: string;
  placeholder?: string;
  /** Options offered as you type (native datalist), e.g. the tags to merge into. */
  options?: readonly string[];
  /** A line under the field that reacts to the text (e.g. "Merges into …"). */
  hint?: (text: string) => ComponentChildren;
  onSave: (text: string) => Promise<boolean>;
  onDone: () => void;
}

export function InlineName({ initial, label, placeholder, options, hint, onSave, onDone }: Props) {
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const listId = options ? 'inline-name-options' : undefined;
  const onKeyDown = async (event: KeyboardEvent) => {
    event.stopPropagation(); // letters typed here are a name, not shortcuts
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (await onSave(text)) onDone();
    }
  };
  return (
    <div class="inline-name">
      <input
        class="inline-name-input"
        aria-label={label}
        value={text}
        placeholder={placeholder}
        maxLength={100}
        list={listId}
        dir="auto"
        ref={input}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={onDone}
      />
      {options && (
        <datalist id={listId}>
          {options.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      )}
      {hint && <p class="inline-name-hint">{hint(text)}</p>}
    </div>
  );
}
