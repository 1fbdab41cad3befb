/** The top of the library: the name, the filter box, adding articles, appearance and help. */
import { BookIcon, KeyboardIcon } from '../ui/icons.tsx';
import { helpOpen } from '../ui/overlay-state.ts';
import { ThemeMenu } from '../ui/theme-menu.tsx';
import { NotebookButton } from '../notebook/notebook-button.tsx';
import { FilterBar } from './filter-bar.tsx';
import { FilterBox } from './filter-box.tsx';
import { AddMenu } from '../web-capture/add-menu.tsx';

export function LibraryHeader() {
  return (
    <header class="library-header">
      <div class="library-header-top">
        <h1 class="brand">
          <BookIcon class="brand-icon" />
          <span>Library</span>
        </h1>
        <FilterBox />
        <div class="header-actions">
          <AddMenu />
          <NotebookButton />
          <ThemeMenu />
          <button
            type="button"
            class="icon-btn"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => (helpOpen.value = true)}
          >
            <KeyboardIcon />
          </button>
        </div>
      </div>
      <FilterBar />
    </header>
  );
}
