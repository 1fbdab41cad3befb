/**
 * The reader's hands inside the article iframe. The iframe is sandboxed without scripts (rule 4), but it is
 * same-origin, so the parent styles it, listens to it and moves its scroll position; the article itself never runs.
 */
import type { FontChoice, PaintedTheme } from '../../electron/shared/vocabularies.ts';
import { isWebUrl } from '../../electron/shared/web-address.ts';

export interface ArticleAppearance {
  theme: PaintedTheme;
  font: FontChoice;
  fontSize: number;
  lineWidth: number;
}

/** Writes theme, font, size and measure onto the article's root; article.css does the rest. */
export function applyAppearance(doc: Document, appearance: ArticleAppearance): void {
  const root = doc.documentElement;
  root.dataset.theme = appearance.theme;
  root.dataset.font = appearance.font;
  root.style.setProperty('--font-size', `${appearance.fontSize}px`);
  root.style.setProperty('--measure', `${appearance.lineWidth}em`);
}

interface ArticleDocumentHandlers {
  onKeyDown(event: KeyboardEvent): void;
  onActivity(): void;
  /** A press inside the article (closes popovers: the parent never sees clicks in the iframe). */
  onPointerDown(): void;
  openExternal(url: string): void;
}

function linkFrom(target: EventTarget | null): HTMLAnchorElement | null {
  const element = target as Element | null;
  if (!element || typeof element.closest !== 'function') return null;
  return element.closest('a[href]') as HTMLAnchorElement | null;
}

function followLink(doc: Document, link: HTMLAnchorElement, openExternal: (url: string) => void): void {
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '', doc.baseURI);
  } catch {
    return;
  }
  // A footnote link to a place in this article scrolls there, whatever the app's scheme (http in the
  // browser shell, lectern: in Electron); other web links leave for the system browser.
  const here = new URL(doc.baseURI);
  if (url.hash && url.protocol === here.protocol && url.host === here.host && url.pathname === here.pathname) {
    const target = doc.getElementById(decodeURIComponent(url.hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    return;
  }
  if (isWebUrl(url.href)) openExternal(url.href);
  // mailto:, javascript: and the rest are never followed.
}

/** Listens to the article document: keys, pointer activity and link clicks. Returns the cleanup. */
export function wireArticleDocument(doc: Document, handlers: ArticleDocumentHandlers): () => void {
  const onClick = (event: MouseEvent) => {
    const link = linkFrom(event.target);
    if (!link) return;
    // Never let the iframe navigate: it would leave the sandboxed article for a live page.
    event.preventDefault();
    if (event.button === 0 || event.button === 1) followLink(doc, link, handlers.openExternal);
  };
  const onKey = (event: KeyboardEvent) => handlers.onKeyDown(event);
  const onActivity = () => handlers.onActivity();
  const onSubmit = (event: Event) => event.preventDefault();
  const onPointerDown = () => handlers.onPointerDown();
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  doc.addEventListener('submit', onSubmit, true);
  doc.addEventListener('keydown', onKey);
  doc.addEventListener('mousemove', onActivity, { passive: true });
  doc.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
    doc.removeEventListener('submit', onSubmit, true);
    doc.removeEventListener('keydown', onKey);
    doc.removeEventListener('mousemove', onActivity);
  };
}
