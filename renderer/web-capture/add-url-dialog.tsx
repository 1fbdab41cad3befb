/**
 * The Add URL field (Ctrl/Cmd+L, the Add menu, the palette): one link or many, one per line or separated
 * by spaces. Enter saves, Shift+Enter starts a new line; lines that are not links stay in the field, named.
 */
import { useState } from 'preact/hooks';
import { isMac } from '../app/platform.ts';
import { Dialog } from '../ui/dialog.tsx';
import { addUrlDraft, addUrlOpen, saveUrls } from './capture-store.ts';
import { leftoverSentence, planAddressEntry } from './address-entry.ts';

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
  // After a save that left lines behind: how many links went, so the hint can say so beside what stayed.
  const [savedBefore, setSavedBefore] = useState(0);
  const { urls, notAddresses, leftover } = planAddressEntry(text);
  const problem =
    savedBefore > 0 && urls.length === 0 && notAddresses.length > 0
      ? leftoverSentence(savedBefore, notAddresses)
      : tried && urls.length === 0
        ? 'Type or paste a web address, such as https://example.com/article.'
        : notAddresses.length > 0 && (tried || /\s$/.test(text))
          ? `Not web addresses, kept here when you save: ${notAddresses.slice(0, 4).join(', ')}${notAddresses.length > 4 ? '…' : ''}`
          : null;

  const submit = () => {
    setTried(true);
    if (urls.length === 0) return;
    void saveUrls(urls, { wholePage });
    if (leftover === '') {
      addUrlDraft.value = '';
      close();
      return;
    }
    // Lines that are not addresses are never dropped unseen: they stay in the field, named in the hint.
    setText(leftover);
    addUrlDraft.value = leftover;
    setSavedBefore(urls.length);
  };
  const onInput = (value: string) => {
    setText(value);
    setSavedBefore(0);
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
        aria-invalid={problem !== null && urls.length === 0 && savedBefore === 0}
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
