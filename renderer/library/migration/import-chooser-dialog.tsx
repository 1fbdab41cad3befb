/**
 * File › Import from Another App… and the palette: which services Lectern reads, and "Choose file…". The
 * button is the gesture a browser needs to open its file chooser (a menu command over IPC carries none).
 */
import { useRef } from 'preact/hooks';
import { Dialog } from '../../ui/dialog.tsx';
import { EXPORT_FILE_ACCEPT } from './export-file-kind.ts';
import { chooserOpen, previewExports } from './migration-store.ts';
import './migration-dialogs.css';

/** Opens the dialog. */
export function openImportChooser(): void {
  chooserOpen.value = true;
}

export function ImportChooserDialog() {
  const close = () => (chooserOpen.value = false);
  return (
    <Dialog open={chooserOpen.value} onClose={close} title="Import from another app" class="migration-dialog">
      <ChooserBody close={close} />
    </Dialog>
  );
}

function ChooserBody({ close }: { close: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="migration-form">
      <p class="migration-intro">
        Bring your saved articles, highlights and tags from Pocket, Instapaper, Omnivore, Wallabag, Readwise Reader, Readeck, Karakeep,
        Raindrop.io or Matter, from a browser’s bookmarks, or from a Lectern archive.
      </p>
      <p class="migration-hint">
        Choose the export as the service gave it to you: a .zip, .csv, .json or .html file. You will see what it holds before anything is
        added. You can also drop it on the window.
      </p>
      <input
        ref={input}
        type="file"
        accept={EXPORT_FILE_ACCEPT}
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="migration-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          close();
          previewExports([file]);
        }}
      />
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" data-autofocus onClick={() => input.current?.click()}>
          Choose file…
        </button>
      </div>
    </div>
  );
}
