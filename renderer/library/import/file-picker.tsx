/**
 * The hidden file input behind Ctrl/Cmd+O, the Add button and the shell's 'open-files' command.
 * One input for the whole app, so tests can set files on it directly.
 */
import { importFiles } from './import-queue.ts';

export const ACCEPTED_FILES = '.html,.htm,.xhtml,.md,.markdown,.txt';

let input: HTMLInputElement | null = null;

export function openFilePicker(): void {
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
