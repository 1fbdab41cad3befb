/**
 * Keyboard selection in the reader: `v` puts a caret at the first line on screen; arrows, w/b, ( ) and { } move
 * it by word, sentence and paragraph; Shift or `v` starts a selection that every move then extends or shrinks;
 * `h` highlights it, `n` highlights it and opens the note, `y` copies it as a quote, Esc leaves. The selection
 * is the article frame's real DOM Selection, so the toolbar and everything else a mouse selection gets follow.
 * Its keys are read on both documents' windows in the capture phase, before the reader's and the highlight
 * layer's own handlers, and only while the mode is on; keys it does not use (j/k, Space, t) pass through.
 */
import { modalDepth } from '../app/shortcuts.ts';
import { isTextField } from '../app/keyboard-listener.ts';
import { createFrameCaret, type FrameCaret } from './keyboard-selection-caret.ts';
import { selectionCommand, type SelectionCommand } from './keyboard-selection-keys.ts';
import {
  applySelection,
  caretBox,
  firstVisibleOffset,
  isRightToLeft,
  readSelection,
  scrollIntoView,
  watchArticleText,
  type ArticleText,
} from './keyboard-selection-dom.ts';
import {
  moveSelection,
  nextStop,
  segmenterStops,
  selectedSpan,
  spokenText,
  unitAround,
  type SelectionState,
  type StopFinder,
} from './keyboard-selection-moves.ts';
import { createSelectionStatus } from './keyboard-selection-status.ts';

/** What the mode needs from the reader's highlight layer. */
interface SelectionHost {
  /** The loaded article document and its body, or null while it is still opening. */
  article(): { doc: Document; body: HTMLElement } | null;
  /** Highlights the frame's current selection (reading it at once, before any await). */
  highlight(withNote: boolean): Promise<void>;
  copyQuote(): Promise<void>;
}

export interface KeyboardSelection {
  isActive(): boolean;
  enter(): void;
  /** Leaves the mode; the selection is dropped unless kept (a highlight with a note takes it over). */
  leave(keepSelection?: boolean): void;
  run(command: SelectionCommand): void;
  dispose(): void;
}

interface Session {
  doc: Document;
  view: Window;
  text: ReturnType<typeof watchArticleText>;
  caret: FrameCaret;
  stops: StopFinder;
  state: SelectionState;
  /** The DOM selection as this mode last set it; anything else was the mouse, and is taken as the new place. */
  applied: { anchor: number; focus: number } | null;
  unlisten: () => void;
}

const ENTER_HELP = 'Arrows move by word and sentence, braces by paragraph; v or Shift selects; h highlights, n adds a note, Escape leaves.';

/** The keyboard selection mode for one reader; idle until enter(). */
export function createKeyboardSelection(host: SelectionHost): KeyboardSelection {
  const status = createSelectionStatus();
  let session: Session | null = null;

  const around = (s: Session, article: ArticleText, unit: 'word' | 'sentence') => {
    const span = unit === 'word' ? { start: s.state.focus, end: nextStop(article.blocks, s.state.focus, 'word', 1, s.stops) } : unitAround(article.blocks, s.state.focus, 'sentence', s.stops);
    return spokenText(article.text.slice(span.start, span.end));
  };

  /** Puts the DOM selection and the caret where the state says, and scrolls the caret into view. */
  function render(s: Session, scroll: boolean): void {
    const article = s.text.current();
    const span = selectedSpan(article.text, s.state);
    const forward = s.state.anchor === null || s.state.anchor <= s.state.focus;
    if (span) applySelection(s.doc, article, forward ? span.start : span.end, forward ? span.end : span.start);
    else applySelection(s.doc, article, s.state.focus, s.state.focus);
    s.applied = readSelection(s.doc, article);
    const box = caretBox(s.doc, article, s.state.focus, isRightToLeft(article, s.state.focus));
    s.caret.place(box);
    if (scroll && box) scrollIntoView(s.view, box);
    status.show(s.view.frameElement, s.state.anchor !== null);
  }

  /** A selection made or moved with the mouse meanwhile becomes the mode's own. */
  function adoptMouseSelection(s: Session): boolean {
    const current = readSelection(s.doc, s.text.current());
    if (!current || (s.applied && current.anchor === s.applied.anchor && current.focus === s.applied.focus)) return false;
    s.state = current.anchor === current.focus ? { anchor: null, focus: current.focus } : current;
    s.applied = current;
    return true;
  }

  function move(s: Session, command: Extract<SelectionCommand, { kind: 'move' }>): void {
    const article = s.text.current();
    const before = s.state.focus;
    s.state = moveSelection(s.state, article.blocks, command, s.stops);
    render(s, true);
    const span = selectedSpan(article.text, s.state);
    if (s.state.focus === before) status.say(command.direction === 1 ? 'End of the article.' : 'Start of the article.');
    else if (span) status.say(`Selected: ${spokenText(article.text.slice(span.start, span.end))}`);
    else status.say(around(s, article, command.unit === 'word' ? 'word' : 'sentence'));
  }

  async function highlight(s: Session, withNote: boolean): Promise<void> {
    const article = s.text.current();
    // With only a caret, the sentence it stands in is what a reader means to keep.
    if (!selectedSpan(article.text, s.state)) {
      const sentence = unitAround(article.blocks, s.state.focus, 'sentence', s.stops);
      s.state = { anchor: sentence.start, focus: sentence.end };
      render(s, false);
    }
    const span = selectedSpan(article.text, s.state);
    if (!span) {
      status.say('There is no text here to highlight.');
      return;
    }
    const quote = spokenText(article.text.slice(span.start, span.end));
    const done = host.highlight(withNote);
    if (withNote) {
      // The note editor takes the focus and the keys from here.
      controller.leave(true);
      status.say(`Highlighted: ${quote}. Write your note.`);
      return;
    }
    await done;
    if (session !== s) return;
    // A highlight that was made takes the selection away; one still there was refused (core said why in a toast).
    const left = readSelection(s.doc, s.text.current());
    if (left && left.anchor !== left.focus) {
      status.say('The highlight could not be made; the words are still selected.');
      return;
    }
    s.state = { anchor: null, focus: span.end };
    render(s, false);
    status.say(`Highlighted: ${quote}`);
  }

  function onKeyDown(event: KeyboardEvent): void {
    const s = session;
    if (!s || event.defaultPrevented || event.isComposing) return;
    // The article was loaded again underneath (its highlight layer moved on): this caret belongs to nothing now.
    if (host.article()?.doc !== s.doc) {
      controller.leave(true);
      return;
    }
    if (modalDepth.value > 0 || isTextField(event.target)) return;
    // A menu or popover in the app keeps its own arrow keys.
    const target = event.target as Element | null;
    if (target?.ownerDocument === document && (document.querySelector(':popover-open') || target.closest?.('[role="dialog"], [role="menu"]'))) return;
    const article = s.text.current();
    adoptMouseSelection(s);
    const command = selectionCommand(event, isRightToLeft(article, s.state.focus));
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    controller.run(command);
  }

  const controller: KeyboardSelection = {
    isActive: () => session !== null,

    enter() {
      if (session) return;
      const found = host.article();
      const view = found?.doc.defaultView;
      if (!found || !view) {
        status.say('The article is still opening; press v again in a moment.');
        return;
      }
      const text = watchArticleText(found.body);
      const article = text.current();
      if (article.blocks.length === 0) {
        text.dispose();
        status.say('This article has no text to select.');
        return;
      }
      const stops = segmenterStops(found.doc.documentElement.lang || undefined);
      const sentenceStops = (i: number) => stops(article.blocks[i]!.text, 'sentence').map((offset) => article.blocks[i]!.start + offset);
      // Words already selected with the mouse are kept; otherwise the caret starts at the top of the view.
      const existing = readSelection(found.doc, article);
      const state: SelectionState =
        existing && existing.anchor !== existing.focus ? existing : { anchor: null, focus: firstVisibleOffset(found.doc, article, sentenceStops) };
      const onSelectionChange = () => {
        if (session && adoptMouseSelection(session)) render(session, false);
      };
      view.addEventListener('keydown', onKeyDown, true);
      window.addEventListener('keydown', onKeyDown, true);
      found.doc.addEventListener('selectionchange', onSelectionChange);
      const unlisten = () => {
        view.removeEventListener('keydown', onKeyDown, true);
        window.removeEventListener('keydown', onKeyDown, true);
        found.doc.removeEventListener('selectionchange', onSelectionChange);
      };
      const s: Session = { doc: found.doc, view, text, caret: createFrameCaret(found.doc), stops, state, applied: null, unlisten };
      session = s;
      (view.frameElement as HTMLElement | null)?.focus();
      view.focus();
      // The caret starts on screen: entering never moves the page.
      render(s, false);
      status.say(`Keyboard selection. At: ${around(s, article, 'sentence')}. ${ENTER_HELP}`);
    },

    leave(keepSelection = false) {
      const s = session;
      if (!s) return;
      session = null;
      s.unlisten();
      s.caret.remove();
      s.text.dispose();
      status.hide();
      if (!keepSelection) s.doc.getSelection()?.removeAllRanges();
      status.say('Keyboard selection off.');
    },

    run(command) {
      const s = session;
      if (!s) {
        if (command.kind === 'anchor') controller.enter();
        return;
      }
      if (command.kind === 'move') move(s, command);
      else if (command.kind === 'leave') controller.leave();
      else if (command.kind === 'highlight') void highlight(s, command.withNote);
      else if (command.kind === 'copy') {
        if (selectedSpan(s.text.current().text, s.state)) void host.copyQuote();
        else status.say('Select some words first: hold Shift and move, or press v.');
      } else {
        s.state = s.state.anchor === null ? { anchor: s.state.focus, focus: s.state.focus } : { anchor: null, focus: s.state.focus };
        render(s, false);
        status.say(s.state.anchor === null ? 'Selection dropped; the caret stays.' : 'Selecting from here: move to take in more.');
      }
    },

    dispose() {
      controller.leave();
      status.dispose();
    },
  };
  return controller;
}
