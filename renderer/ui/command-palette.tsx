/**
 * Ctrl/Cmd+K: every action that can run right now, with its shortcut, so keyboard users discover features.
 * A combobox: focus stays in the input while arrows move the active option (aria-activedescendant).
 */
import { useEffect, useState } from 'preact/hooks';
import { activeShortcuts, scopeTitle, type RegisteredShortcut } from '../app/shortcuts.ts';
import { Dialog } from './dialog.tsx';
import { Keycaps } from './keycaps.tsx';
import { paletteOpen } from './overlay-state.ts';
import { rankByMatch } from './palette-match.ts';
import { SearchIcon } from './icons.tsx';

export function CommandPalette() {
  const close = () => (paletteOpen.value = false);
  return (
    <Dialog open={paletteOpen.value} onClose={close} title="Command palette" hideTitle class="palette-dialog">
      <PaletteBody close={close} />
    </Dialog>
  );
}

function PaletteBody({ close }: { close: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = activeShortcuts().filter((s) => !s.paletteHidden);
  const results = rankByMatch(query, commands, (s) => `${s.description} ${scopeTitle(s.scope)}`);
  const current = Math.min(active, Math.max(0, results.length - 1));

  useEffect(() => {
    document.getElementById(`palette-item-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const run = (command: RegisteredShortcut | undefined) => {
    if (!command) return;
    close();
    // After the dialog has closed and focus has returned, so the command acts on the view, not the palette.
    setTimeout(command.run, 0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || (event.key === 'n' && event.ctrlKey)) {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, results.length));
    } else if (event.key === 'ArrowUp' || (event.key === 'p' && event.ctrlKey)) {
      event.preventDefault();
      setActive((current - 1 + results.length) % Math.max(1, results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(results[current]);
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
          aria-activedescendant={results.length ? `palette-item-${current}` : undefined}
          aria-label="Type a command"
          placeholder="Type a command…"
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
      <ul id="palette-list" class="palette-list" role="listbox" aria-label="Commands">
        {results.map((command, i) => (
          <li
            key={command.id}
            id={`palette-item-${i}`}
            role="option"
            aria-selected={i === current}
            class="palette-item"
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => run(command)}
          >
            <span class="palette-item-label">{command.description}</span>
            <span class="palette-item-scope">{scopeTitle(command.scope)}</span>
            {command.keys.length > 0 && <Keycaps keys={command.keys.slice(0, 1)} />}
          </li>
        ))}
        {results.length === 0 && <li class="palette-empty">No command matches “{query}”.</li>}
      </ul>
    </div>
  );
}
