import { isWebUrl } from '../../shared/web-address.ts';
import type { DomElement } from './dom-types.ts';

/** The URL relative links are resolved against: the page's <base href> (itself relative to the page), else the page URL. */
export function documentBaseUrl(baseHref: string | null, pageUrl: string | undefined): string | null {
  const base = baseHref?.trim();
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
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) resolveSrcset(el, 'srcset', baseUrl);
  // A picture's lazy sources become the image's srcset once the article is chosen (picture-sources.ts).
  for (const el of root.querySelectorAll('source[data-srcset]')) resolveSrcset(el, 'data-srcset', baseUrl);
}

function resolveSrcset(el: DomElement, attr: string, baseUrl: string): void {
  const parts = el.getAttribute(attr)!.split(/,\s+/).map((part) => {
    const [url, ...descriptor] = part.trim().split(/\s+/);
    if (!url) return '';
    const abs = /^data:/i.test(url) ? url : safeUrl(url, baseUrl) ?? url;
    return [abs, ...descriptor].join(' ');
  });
  el.setAttribute(attr, parts.filter(Boolean).join(', '));
}

function safeUrl(value: string, base: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
