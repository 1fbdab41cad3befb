/** Menu items and other shell actions arrive as ShellCommands; each maps to the same action as its key. */
import type { ShellCommand } from '../../electron/shared/bridge.ts';
import { onShellCommand } from '../api/client.ts';
import { openFilePicker } from '../library/import/file-picker.tsx';
import { pasteFromShell } from '../library/import/paste-import.ts';
import { exportLibrary } from '../library/migration/export-library.ts';
import { openImportChooser } from '../library/migration/import-chooser-dialog.tsx';
import { helpOpen, paletteOpen } from '../ui/overlay-state.ts';
import { openAddUrl } from '../web-capture/capture-store.ts';
import { showLibrary } from './navigation.ts';

/** 'toggle-notes' belongs to the reader, which subscribes to it itself. */
const handlers: Partial<Record<ShellCommand, () => void>> = {
  'open-files': openFilePicker,
  'add-url': openAddUrl,
  paste: () => void pasteFromShell(),
  'show-shortcuts': () => (helpOpen.value = true),
  'command-palette': () => (paletteOpen.value = true),
  'go-library': showLibrary,
  'import-from-app': openImportChooser,
  'export-library': () => void exportLibrary(),
};

export function installShellCommands(): () => void {
  return onShellCommand((command) => handlers[command]?.());
}
