/** The three context-menu entries, created once per install or browser start. */

/** Menu item ids, as the click handler sees them. */
export const MENU = { page: 'lectern-save-page', link: 'lectern-save-link', selection: 'lectern-save-selection' } as const;

/** Replaces the extension's context-menu entries with the current ones. */
export async function createContextMenus(): Promise<void> {
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: MENU.page, title: 'Save page to Lectern', contexts: ['page', 'frame', 'image'] });
  chrome.contextMenus.create({ id: MENU.link, title: 'Save link to Lectern', contexts: ['link'] });
  chrome.contextMenus.create({ id: MENU.selection, title: 'Save selection as a highlight', contexts: ['selection'] });
}
