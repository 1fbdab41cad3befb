/**
 * The Add URL field (Ctrl/Cmd+L, the Add menu, the palette): one link or many, one per line or separated
 * by spaces. Enter saves, Shift+Enter starts a new line; words that are not links are named, not dropped.
 */
import { useState } from 'preact/hooks';
import { isMac } from '../app/platform.ts';
import { Dialog } from '../ui/dialog.tsx';
import { addUrlDraft, addUrlOpen, saveUrls } from './capture-store.ts';
import { parseWebAddresses } from '../../electron/shared/web-address.ts';

export function AddUrlDialog() {
  const close = () => (addUrlOpen.value = false);
  return (
    <Dialog open={addUrlOpen.value} onClose={close} title="Save from the web" class="add-url-dialog">
      <AddUrlForm close={close} />
    </Dialog>
  );
}

function AddUrlForm({ close }: { close: () => void }) {
  const [text, setText] = useState(addUrlDraft.value);
  const [tried, setTried] = useState(false);
  const [wholePage, setWholePage] = useState(false);
  const { urls, rejected } = parseWebAddresses(text);
  const problem =
    tried && urls.length === 0
      ? 'Type or paste a web address, such as https://example.com/article.'
      : rejected.length > 0 && (tried || /\s$/.test(text))
        ? `Not web addresses, left out: ${rejected.slice(0, 4).join(', ')}${rejected.length > 4 ? '…' : ''}`
        : null;

  const submit = () => {
    setTried(true);
    if (urls.length === 0) return;
    addUrlDraft.value = '';
    close();
    void saveUrls(urls, { wholePage });
  };
  const onInput = (value: string) => {
    setText(value);
    addUrlDraft.value = value; // closing by accident keeps what was typed
  };

  return (
    <form
      class="add-url-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="add-url-label" for="add-url-input">
        Web addresses, one per line or separated by spaces
      </label>
      <textarea
        id="add-url-input"
        class="add-url-input"
        data-autofocus
        rows={Math.min(8, Math.max(3, text.split('\n').length + 1))}
        placeholder="https://example.com/article"
        spellcheck={false}
        autocomplete="off"
        value={text}
        aria-invalid={problem !== null && urls.length === 0}
        aria-describedby="add-url-hint"
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <p id="add-url-hint" class={`add-url-hint${problem ? ' add-url-hint-problem' : ''}`} aria-live="polite">
        {problem ??
          (urls.length > 1
            ? `${urls.length} links. Enter saves them all; Shift+Enter starts a new line.`
            : 'Enter saves; Shift+Enter starts a new line. Links that cannot be saved now wait in the library.')}
      </p>
      <label class="add-url-option">
        <input type="checkbox" checked={wholePage} onChange={(event) => setWholePage(event.currentTarget.checked)} />
        <span>Keep the whole page when no article is found</span>
      </label>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" title={`Save (Enter) — open this with ${isMac ? '⌘L' : 'Ctrl+L'}`}>
          {urls.length > 1 ? `Save ${urls.length} links` : 'Save'}
        </button>
      </div>
    </form>
  );
}
