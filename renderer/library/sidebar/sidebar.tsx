/**
 * The library's sidebar: saved searches and tags, each with counts. The reading filters stay in the slim
 * bar above the list, where they sit beside the sort they go with; the sidebar holds what people make
 * themselves. Collapsible (Ctrl/Cmd+\ or its button) to a thin rail; ↑/↓ move between its items.
 */
import { useEffect } from 'preact/hooks';
import { isMac } from '../../app/platform.ts';
import { SidebarIcon } from '../../ui/icons.tsx';
import { SavedSearchList } from './saved-search-list.tsx';
import { sidebarOpen, toggleSidebar } from './sidebar-open.ts';
import { watchSidebar } from './sidebar-store.ts';
import { TagList } from './tag-list.tsx';
import './sidebar.css';

/** ↑ and ↓ walk the sidebar's items, so the list's own keys do not take over while the sidebar has focus. */
function onArrows(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const nav = event.currentTarget as HTMLElement;
  const items = [...nav.querySelectorAll<HTMLElement>('.side-item-main')];
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  items[Math.min(items.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

export function Sidebar() {
  useEffect(() => watchSidebar(), []);
  const open = sidebarOpen.value;
  return (
    <nav class={`sidebar${open ? '' : ' is-collapsed'}`} aria-label="Saved searches and tags" onKeyDown={onArrows}>
      <div class="sidebar-top">
        <button
          type="button"
          class="icon-btn sidebar-toggle"
          aria-expanded={open}
          aria-controls="sidebar-sections"
          aria-label={open ? 'Hide the sidebar' : 'Show the sidebar'}
          title={`${open ? 'Hide' : 'Show'} the sidebar (${isMac ? '⌘' : 'Ctrl+'}\\)`}
          onClick={toggleSidebar}
        >
          <SidebarIcon />
        </button>
      </div>
      <div id="sidebar-sections" class="sidebar-sections" hidden={!open}>
        <SavedSearchList />
        <TagList />
      </div>
    </nav>
  );
}
