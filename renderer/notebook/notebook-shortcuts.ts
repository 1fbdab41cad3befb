/** The notebook's keys: j/k between entries, / to search, Esc to clear the search or go back to the library. */
import { registerShortcuts } from '../app/shortcuts.ts';
import { NOTEBOOK_SEARCH_ID } from './notebook-filters.tsx';
import { closeNotebook } from './notebook-route.ts';
import { query, setQuery } from './notebook-store.ts';

function step(delta: number): void {
  const entries = [...document.querySelectorAll<HTMLElement>('.nb-item-open')];
  if (entries.length === 0) return;
  const at = entries.indexOf(document.activeElement as HTMLElement);
  const next = entries[at < 0 ? 0 : Math.max(0, Math.min(entries.length - 1, at + delta))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

function escape(): void {
  const inSearch = document.activeElement?.id === NOTEBOOK_SEARCH_ID;
  if (inSearch && query.value) setQuery('');
  else if (inSearch) (document.activeElement as HTMLElement).blur();
  else closeNotebook();
}

export function registerNotebookShortcuts(): () => void {
  return registerShortcuts('notebook', [
    { keys: ['j', 'ArrowDown'], description: 'Next entry', run: () => step(1), paletteHidden: true },
    { keys: ['k', 'ArrowUp'], description: 'Previous entry', run: () => step(-1), paletteHidden: true },
    { keys: ['/', 'Mod+F'], description: 'Search the notebook', run: () => document.getElementById(NOTEBOOK_SEARCH_ID)?.focus(), inInputs: true },
    { keys: ['Escape'], description: 'Clear the search, or back to the library', run: escape, inInputs: true },
  ]);
}
