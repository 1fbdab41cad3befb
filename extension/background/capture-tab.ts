/**
 * Turns "save this tab" into a save request: injects the content script into the tab (allowed by the
 * reader's click through activeTab, never by a broad host permission), asks it for the page as the reader
 * sees it, and falls back to saving the link where a page cannot be scripted (the PDF viewer, a store
 * page): the app then fetches it itself.
 */
import type { SaveKind, SaveRequest } from '../api/api-types.ts';
import type { PageCapture } from '../content/content-main.ts';

/** The tab to save (from the popup's tabs.get or a context menu's click), and what the menu knew. */
export interface TabToSave {
  tabId: number;
  url: string | undefined;
  title: string | undefined;
  /** The selection as the menu saw it, used when the page cannot be asked. */
  selectionText?: string;
}

const CAN_SAVE = /^https?:\/\//i;

async function askPage(tabId: number, wantSelection: boolean): Promise<PageCapture> {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const [result] = await chrome.scripting.executeScript({
    target: { tabId },
    // Runs in the same isolated world as content.js, which defined this function there.
    func: (selection: boolean) => (globalThis as unknown as { __lecternCapture(s: boolean): Promise<unknown> }).__lecternCapture(selection),
    args: [wantSelection],
  });
  if (!result?.result) throw new Error('The page did not answer.');
  return result.result as PageCapture;
}

/** A save request for `tab` as `kind` ('page' or 'selection'), or a sentence saying why it cannot be saved. */
export async function captureTab(tab: TabToSave, kind: Exclude<SaveKind, 'link'>): Promise<SaveRequest | { error: string }> {
  if (!tab.url || !CAN_SAVE.test(tab.url)) {
    return { error: 'Lectern saves web pages (http and https addresses). This page is part of the browser, so it cannot be saved.' };
  }
  let page: PageCapture;
  try {
    page = await askPage(tab.tabId, kind === 'selection');
  } catch {
    if (kind === 'selection' && tab.selectionText) return { kind, url: tab.url, title: tab.title ?? '', selection: { text: tab.selectionText } };
    if (kind === 'selection') return { error: 'This page does not let extensions read it, so the selection cannot be saved. Save the page instead.' };
    return { kind: 'link', url: tab.url, ...(tab.title ? { title: tab.title } : {}) };
  }
  const base = { url: page.url, title: page.title || tab.title || '', ...(page.images.length > 0 ? { images: page.images } : {}) };
  // The content script leaves out HTML too large to send; the app then fetches the page itself.
  if (!page.html) return kind === 'page' ? { kind: 'link', url: page.url, title: base.title } : { kind, url: page.url, title: base.title, selection: { text: page.selectionText } };
  if (kind === 'page') return { kind, ...base, html: page.html };
  const text = page.selectionText.trim() ? page.selectionText : (tab.selectionText ?? '');
  if (!text.trim()) return { error: 'Nothing is selected. Select the passage to keep, then choose “Save selection as a highlight”.' };
  return { kind, ...base, html: page.html, selection: { text } };
}
