/**
 * The extension's background (a service worker in Chromium, an event page in Firefox): saves from the
 * toolbar popup, the keyboard shortcut (which opens the popup) and the context menus; keeps saves Lectern
 * could not take in the queue and delivers them on an alarm, at browser start and after pairing.
 * Every listener is registered at the top level, as a service worker that wakes for an event needs.
 */
import type { SaveRequest } from '../api/api-types.ts';
import { SaveQueue } from '../queue/save-queue.ts';
import { captureTab, type TabToSave } from './capture-tab.ts';
import { MENU, createContextMenus } from './context-menus.ts';
import { deliverOrQueue, deliverQueued } from './deliver-save.ts';
import { describeBrowser } from './describe-browser.ts';
import { extensionStore, hasToken, storeToken, withClient } from './extension-store.ts';
import type { PopupRequest, PopupRequests, SaveOutcome } from './messages.ts';
import { createPairing } from './pairing.ts';
import { answerPopup } from './popup-answers.ts';

const RETRY_ALARM = 'lectern-deliver-waiting';
const queue = new SaveQueue(extensionStore);

/** Shows how many saves wait on the toolbar button, and keeps the retry alarm only while some do. */
async function reflectQueue(): Promise<number> {
  const waiting = await queue.count();
  await chrome.action.setBadgeText({ text: waiting > 0 ? String(waiting) : '' });
  await chrome.action.setBadgeBackgroundColor({ color: '#5f5f63' });
  if (waiting > 0) await chrome.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
  else await chrome.alarms.clear(RETRY_ALARM);
  return waiting;
}

async function deliverWaiting(): Promise<number> {
  if ((await queue.count()) === 0) return 0;
  const { delivered } = await queue.drain(deliverQueued(withClient));
  await reflectQueue();
  return delivered;
}

const pairing = createPairing({
  store: extensionStore,
  withClient,
  storeToken,
  deliverWaiting,
  describeBrowser: () => describeBrowser(navigator.userAgent, (navigator as { userAgentData?: { brands: { brand: string; version: string }[] } }).userAgentData?.brands),
});

async function save(request: SaveRequest | { error: string }): Promise<SaveOutcome> {
  if ('error' in request) return { state: 'error', message: request.error };
  const outcome = await deliverOrQueue(request, withClient, queue);
  // Something got through: whatever waited may go too.
  if (outcome.state === 'saved' || outcome.state === 'pending') void deliverWaiting();
  await reflectQueue();
  return outcome;
}

/** Saves started from a context menu, so the popup opened beside them shows their outcome. */
const recentSaves = new Map<number, { outcome: Promise<SaveOutcome>; at: number }>();

function saveFromMenu(info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab | undefined): void {
  if (!tab?.id) return;
  const target: TabToSave = { tabId: tab.id, url: info.pageUrl ?? tab.url, title: tab.title, ...(info.selectionText ? { selectionText: info.selectionText } : {}) };
  let outcome: Promise<SaveOutcome>;
  if (info.menuItemId === MENU.link && info.linkUrl) {
    const linkText = (info as { linkText?: string }).linkText;
    outcome = save({ kind: 'link', url: info.linkUrl, ...(linkText ? { title: linkText } : {}) });
  } else {
    outcome = captureTab(target, info.menuItemId === MENU.selection ? 'selection' : 'page').then(save);
  }
  recentSaves.set(tab.id, { outcome, at: Date.now() });
  // Opening the popup must happen while the click still counts as the reader's gesture (Firefox).
  chrome.action.openPopup?.().catch(() => undefined);
}

async function openedOver(tabId: number): Promise<SaveOutcome> {
  const recent = recentSaves.get(tabId);
  recentSaves.delete(tabId);
  if (recent && Date.now() - recent.at < 30_000) return recent.outcome;
  const tab = await chrome.tabs.get(tabId);
  return save(await captureTab({ tabId, url: tab.url, title: tab.title }, 'page'));
}

chrome.runtime.onInstalled.addListener(() => {
  void createContextMenus();
  void deliverWaiting();
});
chrome.runtime.onStartup.addListener(() => {
  void createContextMenus();
  void deliverWaiting();
  void pairing.resume();
});
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) void deliverWaiting();
});
chrome.contextMenus.onClicked.addListener(saveFromMenu);
chrome.runtime.onMessage.addListener((message: PopupRequest, sender, reply: (answer: PopupRequests[keyof PopupRequests]['reply']) => void) => {
  // Only this extension's own pages (the popup) may ask; a content script's sender is the web page.
  if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL(''))) return false;
  answerPopup(message, { openedOver, pairing, queue, hasToken, withClient }).then(reply, (error: Error) =>
    reply({ ok: false, message: error.message || 'The extension hit an error. Close the popup and try again.' }),
  );
  return true;
});
void pairing.resume();
