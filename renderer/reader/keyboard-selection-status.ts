/**
 * What keyboard selection shows and says in the app's own document: a small card over the article's lower
 * corner with the keys that work now, and a polite live region that tells a screen reader the mode and the
 * words selected (the card repeats the keys for the eye, so it is hidden from the reader's speech).
 */
import './keyboard-selection.css';

interface SelectionStatus {
  /** Shows the card, beside the article frame, with the keys for a caret or for a selection. */
  show(frame: Element | null, selecting: boolean): void;
  hide(): void;
  /** Says a sentence to a screen reader, even the same one twice in a row. */
  say(message: string): void;
  dispose(): void;
}

const CARET_HINTS: [string[], string][] = [
  [['←', '→'], 'word'],
  [['↑', '↓'], 'sentence'],
  [['{', '}'], 'paragraph'],
  [['V'], 'select'],
  [['Esc'], 'done'],
];

const SELECTING_HINTS: [string[], string][] = [
  [['H'], 'highlight'],
  [['N'], 'note'],
  [['Y'], 'copy'],
  [['V'], 'drop'],
  [['Esc'], 'done'],
];

function hint(doc: Document, keys: string[], label: string): HTMLElement {
  const item = doc.createElement('span');
  item.className = 'kbd-select-hint';
  for (const key of keys) {
    const cap = doc.createElement('kbd');
    cap.className = 'kbd';
    cap.textContent = key;
    item.append(cap);
  }
  item.append(` ${label}`);
  return item;
}

/** Builds the card and the live region in the app's document; they stay until dispose. */
export function createSelectionStatus(doc: Document = document): SelectionStatus {
  const card = doc.createElement('div');
  card.className = 'kbd-select';
  card.setAttribute('aria-hidden', 'true');
  card.hidden = true;
  const title = doc.createElement('span');
  title.className = 'kbd-select-title';
  const hints = doc.createElement('span');
  hints.className = 'kbd-select-hints';
  card.append(title, hints);

  // A live region must be in the page before its text changes, or the first message is never spoken.
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  live.dataset.kbdSelectLive = '';
  doc.body.append(card, live);
  let speaking: ReturnType<typeof setTimeout> | undefined;

  return {
    show(frame, selecting) {
      title.textContent = selecting ? 'Selecting' : 'Keyboard selection';
      hints.replaceChildren(...(selecting ? SELECTING_HINTS : CARET_HINTS).map(([keys, label]) => hint(doc, keys, label)));
      card.dataset.state = selecting ? 'selecting' : 'caret';
      const view = doc.defaultView;
      const rect = frame?.getBoundingClientRect();
      if (rect && view) {
        // Over the article's own lower corner, so it never covers the notes panel beside it.
        card.style.insetInlineEnd = `${Math.max(0, view.innerWidth - rect.right) + 16}px`;
      }
      card.hidden = false;
    },
    hide() {
      card.hidden = true;
    },
    say(message) {
      // Emptied first and filled a moment later, so a repeated message is a change the screen reader hears.
      clearTimeout(speaking);
      live.textContent = '';
      speaking = setTimeout(() => (live.textContent = message), 60);
    },
    dispose() {
      clearTimeout(speaking);
      card.remove();
      live.remove();
    },
  };
}
