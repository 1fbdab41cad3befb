/**
 * The header's Add button as a small menu: files from this computer, links from the web, another app's
 * export, or a browser to save from. A native popover (like the theme menu) gives light dismiss and Esc;
 * each item names its shortcut.
 */
import { isMac } from '../app/platform.ts';
import { BrowserIcon } from '../connection/connection-icons.tsx';
import { openConnectionDialog } from '../connection/connection-store.ts';
import { openFilePicker } from '../library/import/file-picker.tsx';
import { openImportChooser } from '../library/migration/import-chooser-dialog.tsx';
import { FileIcon, ImportIcon, PlusIcon } from '../ui/icons.tsx';
import { Keycaps } from '../ui/keycaps.tsx';
import { openAddUrl } from './capture-store.ts';
import { LinkIcon } from './link-icons.tsx';

const POPOVER_ID = 'add-popover';

function choose(action: () => void): void {
  document.getElementById(POPOVER_ID)?.hidePopover();
  action();
}

export function AddMenu() {
  return (
    <>
      <button
        type="button"
        class="btn btn-quiet add-button"
        popovertarget={POPOVER_ID}
        aria-haspopup="menu"
        title={`Add files (${isMac ? '⌘O' : 'Ctrl+O'}) or links (${isMac ? '⌘L' : 'Ctrl+L'})`}
      >
        <PlusIcon />
        <span>Add</span>
      </button>
      <div id={POPOVER_ID} class="popover popover-below add-popover" popover="auto" role="menu" aria-label="Add">
        <button type="button" role="menuitem" class="add-menu-item" onClick={() => choose(openAddUrl)}>
          <LinkIcon />
          <span class="add-menu-label">Links from the web…</span>
          <Keycaps keys={['Mod+L']} />
        </button>
        <button type="button" role="menuitem" class="add-menu-item" onClick={() => choose(openFilePicker)}>
          <FileIcon />
          <span class="add-menu-label">Files…</span>
          <Keycaps keys={['Mod+O']} />
        </button>
        <button type="button" role="menuitem" class="add-menu-item" onClick={() => choose(openImportChooser)}>
          <ImportIcon />
          <span class="add-menu-label">From another app…</span>
        </button>
        <button type="button" role="menuitem" class="add-menu-item" onClick={() => choose(openConnectionDialog)}>
          <BrowserIcon />
          <span class="add-menu-label">Connect a browser…</span>
        </button>
      </div>
    </>
  );
}
