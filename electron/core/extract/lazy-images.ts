import type { DomDocument, DomElement } from './dom-types.ts';

/**
 * Makes lazily loaded images real: sites ship a placeholder in `src` and the picture in a
 * data attribute that their script swaps in. We have no script, so we swap it ourselves,
 * keeping `src`/`srcset` for the image localizer that runs after extraction (core/capture/images).
 * <picture> elements stay as they are here (picture-sources.ts folds them once the article is chosen).
 */

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazyload', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-echo', 'data-orig-file', 'data-large-file', 'data-medium-file'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER = /(?:^data:)|blank|placeholder|spacer|pixel\.|transparent|lazy|loading|1x1|grey\.gif|gray\.gif/i;
const IMAGE_ATTRS = ['alt', 'title', 'width', 'height', 'src', 'srcset'];

/** Rewrites lazy images (data-src, data-srcset, noscript fallbacks, picture sources, amp-img) in place. */
export function fixLazyImages(doc: DomDocument): void {
  for (const noscript of doc.querySelectorAll('noscript')) replaceFromNoscript(noscript);
  for (const el of doc.querySelectorAll('amp-img, img')) {
    if (el.localName === 'img') fixImage(el);
    else if (!el.querySelector('img')) replaceAmpImage(doc, el);
  }
}

/** AMP pages write <amp-img src srcset alt>, which no sanitizer keeps. */
function replaceAmpImage(doc: DomDocument, amp: DomElement): void {
  const img = doc.createElement('img');
  for (const name of IMAGE_ATTRS) {
    const value = amp.getAttribute(name);
    if (value) img.setAttribute(name, value);
  }
  if (!img.getAttribute('src') && !img.getAttribute('srcset')) return;
  amp.replaceWith(img);
  fixImage(img);
}

function fixImage(img: DomElement): void {
  const src = img.getAttribute('src')?.trim() ?? '';
  const lazySrc = firstAttr(img, SRC_ATTRS);
  const lazySrcset = firstAttr(img, SRCSET_ATTRS);
  const needsSrc = !src || isPlaceholder(src);
  if (lazySrc && needsSrc && !lazySrc.startsWith('data:')) img.setAttribute('src', lazySrc);
  if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);
  const srcset = img.getAttribute('srcset');
  if ((!img.getAttribute('src') || isPlaceholder(img.getAttribute('src')!)) && srcset) {
    const best = largestCandidate(srcset);
    if (best) img.setAttribute('src', best);
  }
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture && (!img.getAttribute('src') || isPlaceholder(img.getAttribute('src')!))) {
    for (const source of picture.querySelectorAll('source')) {
      const set = source.getAttribute('srcset') ?? source.getAttribute('data-srcset');
      const best = set ? largestCandidate(set) : null;
      if (best) {
        img.setAttribute('src', best);
        break;
      }
    }
  }
}

/** A placeholder <img> followed by <noscript><img></noscript> is the same picture twice. */
function replaceFromNoscript(noscript: DomElement): void {
  const inner = noscript.querySelectorAll('img');
  if (inner.length !== 1) return;
  const real = inner[0]!;
  const prev = noscript.previousSibling && noscript.previousSibling.nodeType === 3 && !noscript.previousSibling.textContent?.trim()
    ? noscript.previousSibling.previousSibling
    : noscript.previousSibling;
  const prevEl = prev && prev.nodeType === 1 ? (prev as DomElement) : null;
  const placeholder = prevEl?.localName === 'img' ? prevEl : prevEl && prevEl.querySelectorAll('img').length === 1 ? prevEl.querySelector('img') : null;
  if (placeholder) {
    const src = placeholder.getAttribute('src') ?? '';
    if (!src || isPlaceholder(src) || firstAttr(placeholder, SRC_ATTRS)) {
      placeholder.replaceWith(real);
      noscript.remove();
      return;
    }
    noscript.remove();
    return;
  }
  noscript.replaceWith(real);
}

function isPlaceholder(src: string): boolean {
  if (/^data:image\/svg/i.test(src)) return true;
  if (/^data:/i.test(src)) return src.length < 512;
  return PLACEHOLDER.test(src.split('?')[0] ?? src);
}

function firstAttr(el: DomElement, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** Picks the widest (or densest) candidate of a srcset. */
function largestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}
