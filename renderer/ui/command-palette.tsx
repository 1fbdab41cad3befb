/**
 * Ctrl/Cmd+K: every action that can run right now, with its shortcut, so keyboard users discover features;
 * below them, matches from search sources (articles). A combobox: focus stays in the input while the arrows
 * move the active option (aria-activedescendant).
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { activeShortcuts, scopeTitle } from '../app/shortcuts.ts';
import { Dialog } from './dialog.tsx';
import { Keycaps } from './keycaps.tsx';
import { paletteOpen } from './overlay-state.ts';
import { rankByMatch } from './palette-match.ts';
import { searchSources, type PaletteResult } from './palette-sources.ts';
import { FileIcon, SearchIcon } from './icons.tsx';
import './command-palette.css';

const SEARCH_DEBOUNCE_MS = 90;

interface Option {
  key: string;
  label: string;
  detail: string;
  keys: string[];
  group: string;
  run: () => void;
}

export function CommandPalette() {
  const close = () => (paletteOpen.value = false);
  return (
    <Dialog open={paletteOpen.value} onClose={close} title="Command palette" hideTitle class="palette-dialog">
      <PaletteBody close={close} />
    </Dialog>
  );
}

function useSourceResults(query: string): { title: string; items: PaletteResult[] }[] {
  const [groups, setGroups] = useState<{ title: string; items: PaletteResult[] }[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => void searchSources(query).then((found) => live && setGroups(found)), SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return groups;
}

function PaletteBody({ close }: { close: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = rankByMatch(
    query,
    activeShortcuts().filter((s) => !s.paletteHidden),
    (s) => `${s.description} ${scopeTitle(s.scope)}`,
  );
  const found = useSourceResults(query);
  const options: Option[] = [
    ...commands.map((c) => ({ key: `c${c.id}`, label: c.description, detail: scopeTitle(c.scope), keys: c.keys, group: 'Commands', run: c.run })),
    ...found.flatMap((g) => g.items.map((r) => ({ key: `${g.title}-${r.key}`, label: r.label, detail: r.detail ?? '', keys: [], group: g.title, run: r.run }))),
  ];
  const current = Math.min(active, Math.max(0, options.length - 1));

  useEffect(() => {
    document.getElementById(`palette-item-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const run = (option: Option | undefined) => {
    if (!option) return;
    close();
    // After the dialog has closed and focus has returned, so the command acts on the view, not the palette.
    setTimeout(option.run, 0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = Math.max(1, options.length);
    if (event.key === 'ArrowDown' || (event.key === 'n' && event.ctrlKey)) {
      event.preventDefault();
      setActive((current + 1) % count);
    } else if (event.key === 'ArrowUp' || (event.key === 'p' && event.ctrlKey)) {
      event.preventDefault();
      setActive((current - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(options[current]);
    }
  };

  return (
    <div class="palette">
      <div class="palette-input-row">
        <SearchIcon class="palette-search-icon" />
        <input
          class="palette-input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={options.length ? `palette-item-${current}` : undefined}
          aria-label="Type a command or an article’s title"
          placeholder="Type a command or search articles…"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-autofocus
          spellcheck={false}
          autocomplete="off"
        />
      </div>
      <ul id="palette-list" class="palette-list" role="listbox" aria-label="Commands and articles">
        {options.map((option, i) => (
          <Fragment key={option.key}>
            {option.group !== 'Commands' && options[i - 1]?.group !== option.group && (
              <li key={`h-${option.group}`} role="presentation" class="palette-group">
                {option.group}
              </li>
            )}
            <li
              id={`palette-item-${i}`}
              role="option"
              aria-selected={i === current}
              class={`palette-item${option.group === 'Commands' ? '' : ' palette-item-found'}`}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => run(option)}
            >
              {option.group !== 'Commands' && <FileIcon class="palette-item-icon" />}
              <span class="palette-item-label">{option.label}</span>
              <span class="palette-item-scope">{option.detail}</span>
              {option.keys.length > 0 && <Keycaps keys={option.keys.slice(0, 1)} />}
            </li>
          </Fragment>
        ))}
        {options.length === 0 && <li class="palette-empty">Nothing matches “{query}”.</li>}
      </ul>
    </div>
  );
}
