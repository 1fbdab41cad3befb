import { isWebUrl } from '../../shared/web-address.ts';
import type { DomDocument, DomElement } from './dom-types.ts';

/** The URL relative links are resolved against: <base href> (itself relative to the page), else the page URL. */
export function documentBaseUrl(doc: DomDocument, pageUrl: string | undefined): string | null {
  const base = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  const page = safeUrl(pageUrl ?? '', undefined);
  if (base) {
    const resolved = safeUrl(base, page ?? undefined);
    if (resolved && isWebUrl(resolved)) return resolved;
  }
  return page;
}

/** Makes href/src/srcset/poster absolute under `root` so the article still works once saved. */
export function resolveUrlsIn(root: DomElement, baseUrl: string | null): void {
  if (!baseUrl) return;
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!.trim();
    if (href.startsWith('#')) continue; // in-article anchors stay in the article
    const abs = safeUrl(href, baseUrl);
    if (abs) a.setAttribute('href', abs);
  }
  for (const el of root.querySelectorAll('img[src], source[src], video[poster]')) {
    for (const attr of ['src', 'poster']) {
      const value = el.getAttribute(attr)?.trim();
      if (!value || /^data:/i.test(value)) continue;
      const abs = safeUrl(value, baseUrl);
      if (abs) el.setAttribute(attr, abs);
    }
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) resolveSrcset(el, baseUrl);
}

function resolveSrcset(el: DomElement, baseUrl: string): void {
  const parts = el.getAttribute('srcset')!.split(/,\s+/).map((part) => {
    const [url, ...descriptor] = part.trim().split(/\s+/);
    if (!url) return '';
    const abs = /^data:/i.test(url) ? url : safeUrl(url, baseUrl) ?? url;
    return [abs, ...descriptor].join(' ');
  });
  el.setAttribute('srcset', parts.filter(Boolean).join(', '));
}

function safeUrl(value: string, base: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
