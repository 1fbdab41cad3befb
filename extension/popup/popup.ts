/**
 * The toolbar popup. Opening it (the button or the keyboard shortcut) saves the tab it opened over, or
 * shows the save a context menu just started there; then it offers tags and undo, or pairing when this
 * browser is not connected yet. The background does the work: the popup closes whenever the reader
 * clicks elsewhere.
 */
import type { Answer, PairingState, PopupRequests, SaveOutcome, ConnectionStatus } from '../background/messages.ts';
import { PAIRING_KEY } from '../background/messages.ts';
import { h, plural } from './popup-dom.ts';
import { outcomeView, pairingView, savingView, type ShownOutcome, type ViewActions } from './popup-views.ts';

function ask<K extends keyof PopupRequests>(request: PopupRequests[K]['request']): Promise<PopupRequests[K]['reply']> {
  return chrome.runtime.sendMessage(request);
}

const unwrap = async <T>(answer: Promise<Answer<T>>): Promise<T> => {
  const result = await answer;
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

/** The tab the popup opened over; `?tab=ID` names it when the popup is shown in a tab of its own. */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const main = document.querySelector('main')!;
const outcomeSlot = h('div', { id: 'outcome', 'aria-live': 'polite' });
const pairingSlot = h('div', { id: 'pairing' });
const footer = h('div', { id: 'footer' });
main.replaceChildren(outcomeSlot, pairingSlot, footer);

let outcome: ShownOutcome | null = null;
let status: ConnectionStatus | null = null;
let ticker: ReturnType<typeof setInterval> | undefined;

const actions: ViewActions = {
  undo: async (articleId) => void (await unwrap(ask<'undo'>({ type: 'undo', articleId }))),
  knownTags: () => unwrap(ask<'tags'>({ type: 'tags' })),
  addTags: (articleId, tags) => unwrap(ask<'add-tags'>({ type: 'add-tags', articleId, tags })),
  connect: () => void ask<'pair'>({ type: 'pair' }).then((state) => showPairing(state, true)),
};

/** Shows pairing: always while waiting or as it changes (`live`); an ending only until one popup has shown it. */
function showPairing(given: PairingState | null, live = false): void {
  const ended = given !== null && given.state !== 'waiting';
  const state = ended && !live && given.seen ? null : given;
  if (ended && !given.seen) void chrome.storage.local.set({ [PAIRING_KEY]: { ...given, seen: true } });
  const panel = pairingView(state, actions);
  pairingSlot.replaceChildren(...(panel ? [panel] : []));
  clearInterval(ticker);
  // The countdown under the code moves while the popup is open.
  if (state?.state === 'waiting') ticker = setInterval(() => showPairing(state, true), 1000);
  if (state && status) status = { ...status, pairing: state, paired: status.paired || state.state === 'connected' };
  // The save this popup kept for later went out with the pairing (oldest first, so it is among them).
  if (live && state?.state === 'connected' && state.delivered > 0 && outcome?.state === 'queued' && outcome.reason === 'not-paired') {
    outcome = { state: 'delivered', title: outcome.title };
  }
  if (outcome) showOutcome(outcome);
}

function showOutcome(shown: ShownOutcome): void {
  // Re-rendering the saved view would lose a tag being typed; it has nothing that depends on pairing.
  if (shown.state === 'saved' && outcomeSlot.firstChild && outcome === shown) return;
  outcome = shown;
  outcomeSlot.replaceChildren(outcomeView(shown, status, actions, pairingSlot.childElementCount === 0));
}

function showDropped(dropped: ConnectionStatus['dropped']): void {
  if (dropped.length === 0) return footer.replaceChildren();
  const last = dropped.at(-1)!;
  footer.replaceChildren(h('p', { class: 'muted small' }, `${plural(dropped.length, 'save', 'saves')} could not be delivered. Last: ${last.url} — ${last.reason}`));
}

async function start(): Promise<void> {
  outcomeSlot.replaceChildren(savingView());
  const tabId = await targetTabId();
  const saved: SaveOutcome = tabId ? await ask<'open'>({ type: 'open', tabId }) : { state: 'error', message: 'There is no page to save in this window.' };
  status = await ask<'status'>({ type: 'status' });
  showPairing(status.pairing);
  showOutcome(saved);
  showDropped(status.dropped);
  document.body.dataset.state = saved.state;
}

chrome.storage.onChanged.addListener((changes, area) => {
  const next = area === 'local' ? (changes[PAIRING_KEY]?.newValue as PairingState | undefined) : undefined;
  // Marking an ending as seen changes storage too; that is not news.
  if (next && !(next.state !== 'waiting' && next.seen)) showPairing(next, true);
});
void start().catch((error: Error) => outcomeSlot.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message || 'The popup could not reach the extension. Close it and try again.')));
