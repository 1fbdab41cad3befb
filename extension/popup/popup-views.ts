/**
 * What the popup shows: saving, the outcome of a save (saved with tags and undo, pending, waiting for
 * Lectern, refused), and pairing (connect, the code to compare, connected, denied, expired).
 * There is no "Open in Lectern": lectern:// is the app's privileged internal origin, which no web or
 * extension page may open, and the API has no route that brings the app forward.
 */
import type { ConnectionStatus, PairingState, SaveOutcome } from '../background/messages.ts';
import { h, plural } from './popup-dom.ts';
import { statusIcon, type StatusIcon } from './status-icons.ts';
import { tagField } from './tag-field.ts';

export interface ViewActions {
  undo(articleId: string): Promise<void>;
  knownTags(): Promise<string[]>;
  addTags(articleId: string, tags: string[]): Promise<string[]>;
  connect(): void;
}

const TONES: Record<StatusIcon, string> = { done: 'ok', waiting: 'wait', undone: 'wait', problem: 'bad' };
const heading = (icon: StatusIcon, text: string) => h('h1', { class: `status status-${TONES[icon]}` }, statusIcon(icon), h('span', {}, text));

/** The view while the page is being read and sent. */
export function savingView(): HTMLElement {
  return h('section', { class: 'view', 'aria-busy': 'true' }, heading('waiting', 'Saving to Lectern…'), h('p', { class: 'muted' }, 'Reading the page as you see it.'));
}

function savedView(outcome: Extract<SaveOutcome, { state: 'saved' }>, actions: ViewActions): HTMLElement {
  const label = outcome.kind === 'selection' ? 'Highlight saved' : outcome.existing ? 'Already in Lectern' : 'Saved to Lectern';
  const undoButton = h('button', { type: 'button', class: 'button quiet', id: 'undo' }, 'Undo');
  const view = h(
    'section',
    { class: 'view' },
    heading('done', label),
    h('p', { class: 'title', id: 'saved-title' }, outcome.title),
    outcome.quote ? h('blockquote', { class: 'quote' }, outcome.quote) : null,
    outcome.existing && outcome.kind !== 'selection' ? h('p', { class: 'muted' }, 'It was saved before, so no second copy was made.') : null,
    tagField({ known: actions.knownTags(), add: (tags) => actions.addTags(outcome.articleId, tags) }),
    // Undo removes the article, so it is offered only for one this save created.
    outcome.existing ? null : h('div', { class: 'actions' }, undoButton),
  );
  undoButton.addEventListener('click', async () => {
    undoButton.disabled = true;
    try {
      await actions.undo(outcome.articleId);
      view.replaceChildren(heading('undone', 'Removed from Lectern'), h('p', { class: 'title' }, outcome.title));
    } catch (error) {
      undoButton.disabled = false;
      view.append(h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    }
  });
  return view;
}

function queuedView(outcome: Extract<SaveOutcome, { state: 'queued' }>, status: ConnectionStatus | null, actions: ViewActions, offerConnect: boolean): HTMLElement {
  const waiting = plural(status?.waiting ?? outcome.waiting, 'waiting', 'waiting');
  const headline = {
    'not-running': `Lectern is not running — saved for later (${waiting})`,
    'not-paired': `Saved for later (${waiting})`,
    busy: `Lectern is busy — saved for later (${waiting})`,
  }[outcome.reason];
  const next = {
    'not-running': 'It will be delivered when Lectern is open again, even after the browser restarts.',
    'not-paired': 'Connect this browser to Lectern to deliver it.',
    busy: 'It will be delivered in a minute.',
  }[outcome.reason];
  const trimmed = { none: null, images: 'Its pictures were left out to fit; Lectern will fetch the ones it can.', html: 'The page was too large to keep; Lectern will fetch it itself.' }[outcome.trimmed];
  return h(
    'section',
    { class: 'view' },
    heading('waiting', headline),
    h('p', { class: 'title' }, outcome.title),
    h('p', { class: 'muted' }, next),
    trimmed && h('p', { class: 'muted' }, trimmed),
    outcome.reason === 'not-paired' && offerConnect ? h('div', { class: 'actions' }, connectButton(actions)) : null,
  );
}

const connectButton = (actions: ViewActions) => h('button', { type: 'button', class: 'button primary', id: 'connect', onclick: () => actions.connect() }, 'Connect to Lectern');

/** A save's outcome as the popup shows it: a waiting save becomes delivered when pairing sends it on. */
export type ShownOutcome = SaveOutcome | { state: 'delivered'; title: string };

/** The view for a save's outcome; `offerConnect` is false while the pairing panel has its own button. */
export function outcomeView(outcome: ShownOutcome, status: ConnectionStatus | null, actions: ViewActions, offerConnect: boolean): HTMLElement {
  if (outcome.state === 'saved') return savedView(outcome, actions);
  if (outcome.state === 'delivered') return h('section', { class: 'view' }, heading('done', 'Delivered to Lectern'), h('p', { class: 'title' }, outcome.title));
  if (outcome.state === 'queued') return queuedView(outcome, status, actions, offerConnect);
  if (outcome.state === 'pending') return h('section', { class: 'view' }, heading('done', 'Link saved'), h('p', { class: 'title' }, outcome.title), h('p', { class: 'muted' }, outcome.message));
  const unpaired = status && !status.paired && offerConnect;
  return h('section', { class: 'view' }, heading('problem', 'Not saved'), h('p', { class: 'error', role: 'alert' }, outcome.message), unpaired ? h('div', { class: 'actions' }, connectButton(actions)) : null);
}

/** The pairing panel, or null when there is nothing to say about pairing. */
export function pairingView(state: PairingState | null, actions: ViewActions, now = Date.now()): HTMLElement | null {
  if (!state) return null;
  if (state.state === 'waiting') {
    const seconds = Math.max(0, Math.round((state.expiresAt - now) / 1000));
    return h(
      'section',
      { class: 'pairing', 'aria-live': 'polite' },
      h('h2', {}, 'Confirm in Lectern'),
      h('p', { class: 'muted' }, 'Lectern asks “Connect this browser?”. Accept it if it shows this code:'),
      h('p', { class: 'code', id: 'pairing-code', 'aria-label': `Code ${state.code.split('').join(' ')}` }, state.code),
      h('p', { class: 'muted small' }, `Waiting for you… (${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left)`),
    );
  }
  if (state.state === 'connected') {
    const delivered = state.delivered > 0 ? ` ${plural(state.delivered, 'waiting save was', 'waiting saves were')} delivered.` : '';
    return h('section', { class: 'pairing', 'aria-live': 'polite' }, h('h2', { class: 'status status-ok' }, statusIcon('done'), h('span', {}, 'Connected to Lectern')), h('p', { class: 'muted' }, `This browser can now save to Lectern.${delivered}`));
  }
  const message = {
    denied: 'Lectern did not connect this browser.',
    expired: 'The request to connect expired before it was accepted.',
    failed: state.state === 'failed' ? state.message : '',
  }[state.state];
  return h('section', { class: 'pairing', 'aria-live': 'polite' }, h('p', { class: 'error', role: 'alert' }, message), h('div', { class: 'actions' }, connectButton(actions)));
}
