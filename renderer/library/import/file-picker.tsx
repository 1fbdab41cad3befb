/**
 * The hidden file input behind Ctrl/Cmd+O, the Add button and the shell's 'open-files' command.
 * One input for the whole app, so tests can set files on it directly.
 */
import { showToast } from '../../ui/toast-store.ts';
import { importFiles } from './import-queue.ts';

const ACCEPTED_FILES = '.html,.htm,.xhtml,.md,.markdown,.txt';

let input: HTMLInputElement | null = null;

/**
 * Opens the system file chooser. Browsers open it only in answer to a key or click (user activation); a menu
 * command that arrives over IPC has none, so then a toast offers the same choice as a button to click.
 */
export function openFilePicker(): void {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) {
    showToast('Add articles from files on this computer.', { action: { label: 'Choose files…', run: () => input?.click() } });
    return;
  }
  input?.click();
}

export function FilePicker() {
  return (
    <input
      ref={(el) => {
        input = el;
      }}
      type="file"
      multiple
      accept={ACCEPTED_FILES}
      class="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="import-file-input"
      onChange={(event) => {
        const files = [...(event.currentTarget.files ?? [])];
        event.currentTarget.value = ''; // choosing the same file again must fire change again
        importFiles(files);
      }}
    />
  );
}
