/**
 * Paste to save: Ctrl/Cmd+V anywhere in the library that is not a text field, or the shell's Paste menu.
 * Files on the clipboard go through the file queue; text becomes an article in the format it looks like.
 */
import { call } from '../../api/client.ts';
import { activeScope, modalDepth } from '../../app/shortcuts.ts';
import { isTextField } from '../../app/keyboard-listener.ts';
import { openArticle } from '../../app/navigation.ts';
import { showToast } from '../../ui/toast-store.ts';
import { classifyPaste } from './paste-format.ts';
import { importFiles } from './import-queue.ts';

type LinkSaver = (urls: string[]) => Promise<unknown>;
let linkSaver: LinkSaver | null = null;

/**
 * The web-capture part registers how links are saved (progress, pending list, its own toasts); until it
 * does, pasted links go straight to core with a plain toast. Returns the unregister function.
 */
export function setLinkSaver(saver: LinkSaver): () => void {
  linkSaver = saver;
  return () => {
    if (linkSaver === saver) linkSaver = null;
  };
}

async function pasteLinks(urls: string[]): Promise<void> {
  if (linkSaver) {
    await linkSaver(urls);
    return;
  }
  const result = await call('articles.addUrls', { urls });
  if (!result.ok) {
    showToast(`Could not save the link${urls.length > 1 ? 's' : ''}: ${result.message}`, { tone: 'error' });
    return;
  }
  const saved = result.value.filter((o) => o.ok).length;
  const failed = result.value.find((o) => !o.ok);
  if (!failed) showToast(saved === 1 ? 'Saved the link' : `Saved ${saved} links`, { tone: 'success' });
  else showToast(`Saved ${saved} of ${urls.length}. ${failed.message}${failed.pending ? ' Lectern will try again later.' : ''}`, { tone: 'error' });
}

/** Imports clipboard contents given as their HTML and plain-text flavours. */
async function importClipboardText(html: string, plain: string): Promise<void> {
  const paste = classifyPaste(html, plain);
  if (paste.kind === 'empty') {
    showToast('The clipboard is empty: copy some text or a web page first.');
    return;
  }
  if (paste.kind === 'urls') {
    await pasteLinks(paste.urls);
    return;
  }
  const result = await call('articles.importText', { text: paste.text, format: paste.kind });
  if (!result.ok) {
    showToast(`Could not save the pasted ${paste.kind === 'html' ? 'page' : 'text'}: ${result.message}`, { tone: 'error' });
    return;
  }
  const article = result.value;
  showToast(`Saved “${article.title}” from the clipboard`, {
    tone: 'success',
    action: { label: 'Open', run: () => openArticle(article.id) },
  });
}

/** The shell's Paste menu item: read the clipboard through the async API (may be refused by permissions). */
export async function pasteFromShell(): Promise<void> {
  try {
    const items = await navigator.clipboard.read();
    let html = '';
    let plain = '';
    for (const item of items) {
      if (!html && item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      if (!plain && item.types.includes('text/plain')) plain = await (await item.getType('text/plain')).text();
    }
    await importClipboardText(html, plain);
  } catch {
    showToast('Lectern may not read the clipboard from the menu here. Press Ctrl+V in the library instead.');
  }
}

/** Listens for paste events that are meant for the library rather than a text field. */
export function installPasteListener(): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (activeScope.value !== 'library' || modalDepth.value > 0 || isTextField(event.target)) return;
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    const files = [...data.files];
    if (files.length > 0) importFiles(files);
    else void importClipboardText(data.getData('text/html'), data.getData('text/plain'));
  };
  document.addEventListener('paste', onPaste);
  return () => document.removeEventListener('paste', onPaste);
}
