/**
 * The popup's "Add tags" field: a combobox suggesting the library's tags (most used first, as GET /tags
 * lists them) by prefix or word start, adding a tag on Enter, a comma or a click, and showing the article's
 * tags as the app returns them.
 */
import { h } from './popup-dom.ts';

interface TagFieldOptions {
  /** The library's tags, loaded once the field is shown. */
  known: Promise<string[]>;
  /** Adds tags to the saved article; resolves to its tags, or rejects with a sentence. */
  add(tags: string[]): Promise<string[]>;
}

const MAX_SUGGESTIONS = 6;
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Tags starting with (or with a word starting with) what was typed, not yet on the article. */
function suggest(known: string[], typed: string, applied: string[]): string[] {
  const query = fold(typed.trim());
  if (!query) return [];
  const taken = new Set(applied.map(fold));
  const matches = known.filter((tag) => !taken.has(fold(tag)) && fold(tag).split(/[\s/_-]+/).some((word, i) => (i === 0 ? fold(tag) : word).startsWith(query)));
  return matches.slice(0, MAX_SUGGESTIONS);
}

/** The field, ready to insert into the saved view. */
export function tagField(options: TagFieldOptions): HTMLElement {
  let known: string[] = [];
  let applied: string[] = [];
  let suggestions: string[] = [];
  let active = -1;
  void options.known.then((tags) => (known = tags), () => undefined);

  const chips = h('ul', { class: 'tag-chips', 'aria-label': 'Tags on this article' });
  const list = h('ul', { class: 'tag-suggestions', id: 'tag-suggestions', role: 'listbox', hidden: true });
  const note = h('p', { class: 'tag-note', role: 'status' });
  const input = h('input', {
    id: 'tag-input',
    type: 'text',
    placeholder: 'Add a tag…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'tag-suggestions',
    maxlength: 80,
  });

  const showSuggestions = () => {
    suggestions = suggest(known, input.value, applied);
    active = Math.min(active, suggestions.length - 1);
    list.replaceChildren(
      ...suggestions.map((tag, i) =>
        h('li', { role: 'option', id: `tag-option-${i}`, 'aria-selected': i === active ? 'true' : 'false', onmousedown: (event: Event) => (event.preventDefault(), void commit(tag)) }, tag),
      ),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `tag-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const commit = async (raw: string) => {
    const tag = raw.trim().replace(/,+$/, '').trim();
    if (!tag) return;
    input.value = '';
    active = -1;
    showSuggestions();
    note.textContent = '';
    try {
      applied = await options.add([tag]);
      chips.replaceChildren(...applied.map((name) => h('li', { class: 'tag-chip' }, name)));
    } catch (error) {
      note.textContent = (error as Error).message;
    }
  };

  input.addEventListener('input', () => {
    if (input.value.includes(',')) return void commit(input.value.split(',')[0]!);
    active = -1;
    showSuggestions();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (suggestions.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1) + (active < 0 && event.key === 'ArrowUp' ? 1 : 0)) % suggestions.length;
      showSuggestions();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void commit(active >= 0 ? suggestions[active]! : input.value);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });

  return h('div', { class: 'tag-field' }, h('label', { for: 'tag-input', class: 'label' }, 'Tags'), chips, h('div', { class: 'tag-input-wrap' }, input, list), note);
}
