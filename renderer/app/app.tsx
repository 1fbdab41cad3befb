/**
 * The app shell: start-up, then either a status page (corrupt, locked, unreachable) or the workspace
 * (library or reader) with the app-wide layers: drop overlay, import progress, toasts, help and palette.
 */
import { useEffect } from 'preact/hooks';
import { ConnectionDialogs } from '../connection/connection-dialogs.tsx';
import { installConnection } from '../connection/install-connection.ts';
import { CommandPalette } from '../ui/command-palette.tsx';
import { ShortcutHelp } from '../ui/shortcut-help.tsx';
import { AddUrlDialog } from '../web-capture/add-url-dialog.tsx';
import { CaptureProgressBar } from '../web-capture/capture-progress.tsx';
import { installWebCapture } from '../web-capture/install-web-capture.ts';
import { Toasts } from '../ui/toasts.tsx';
import { LibraryView } from '../library/library-view.tsx';
import { initLibrary } from '../library/library-store.ts';
import { registerLibraryShortcuts } from '../library/library-shortcuts.ts';
import { DropOverlay } from '../library/import/drop-overlay.tsx';
import { FilePicker } from '../library/import/file-picker.tsx';
import { ImportProgressBar } from '../library/import/import-progress.tsx';
import { installPasteListener } from '../library/import/paste-import.ts';
import { installMigration } from '../library/migration/install-migration.ts';
import { MigrationDialogs } from '../library/migration/migration-dialogs.tsx';
import { MigrationProgressBar } from '../library/migration/migration-progress.tsx';
import { boot } from './boot-store.ts';
import { registerGlobalShortcuts } from './global-shortcuts.ts';
import { openArticleId, reopenLastArticle, showLibrary } from './navigation.ts';
import { ReaderSlot } from './reader-slot.tsx';
import { NotebookView } from '../notebook/notebook-view.tsx';
import { installNotebookRoute, notebookOpen } from '../notebook/notebook-route.ts';
import { installShellCommands } from './shell-commands.ts';
import { CorruptScreen, LockedScreen, UnreachableScreen } from './status-screen.tsx';

export function App() {
  const state = boot.value;
  if (state.phase === 'loading') return <div class="app-loading" aria-busy="true" />;
  if (state.phase === 'unreachable') return <UnreachableScreen message={state.message} />;
  const library = state.library;
  if (library.state === 'corrupt') return <CorruptScreen state={library} />;
  if (library.state === 'locked') return <LockedScreen state={library} />;
  return <Workspace />;
}

function Workspace() {
  useEffect(() => {
    initLibrary();
    void reopenLastArticle();
    const stops = [
      registerGlobalShortcuts(),
      registerLibraryShortcuts(),
      installShellCommands(),
      installNotebookRoute(),
      installPasteListener(),
      installWebCapture(),
      installMigration(),
      installConnection(),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  const articleId = openArticleId.value;
  return (
    <>
      {!articleId && (
        <a class="skip-link" href="#main">
          Skip to articles
        </a>
      )}
      {articleId ? <ReaderSlot articleId={articleId} onBack={showLibrary} /> : notebookOpen.value ? <NotebookView /> : <LibraryView />}
      <ImportProgressBar />
      <MigrationProgressBar />
      <CaptureProgressBar />
      <Toasts />
      <DropOverlay />
      <FilePicker />
      <AddUrlDialog />
      <MigrationDialogs />
      <ConnectionDialogs />
      <ShortcutHelp />
      <CommandPalette />
    </>
  );
}
