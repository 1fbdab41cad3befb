import { parseSrcset, rankCandidates } from './srcset.ts';

/** The slice of a linkedom element this module reads. */
export interface ImageElement {
  readonly localName: string;
  readonly parentElement: ImageElement | null;
  readonly children: ArrayLike<ImageElement>;
  getAttribute(name: string): string | null;
}

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazyload', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** Attributes the localizer removes from a rewritten <img>, so no remote URL survives in them. */
export const REMOTE_IMAGE_ATTRIBUTES = ['srcset', 'sizes', ...LAZY_SRC, ...LAZY_SRCSET, 'data-large-file', 'data-medium-file', 'data-orig-file', 'loading', 'decoding'];
const PLACEHOLDER_NAME = /blank|placeholder|spacer|transparent|lazy|loading|1x1|grey\.gif|gray\.gif/i;

/** At most this many different URLs are tried for one picture before it becomes a placeholder. */
const MAX_TRIES = 3;

function isPlaceholderSrc(src: string): boolean {
  if (/^data:/i.test(src)) return src.length < 512 || /^data:image\/svg/i.test(src);
  return PLACEHOLDER_NAME.test(src.split('?')[0] ?? src);
}

function resolve(url: string, baseUrl: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  if (/^data:/i.test(trimmed)) return trimmed;
  try {
    const resolved = new URL(trimmed, baseUrl);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function sourceSets(img: ImageElement): string[] {
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (!picture) return [];
  const sets: string[] = [];
  for (const child of Array.from(picture.children)) {
    if (child.localName !== 'source') continue;
    const set = child.getAttribute('srcset') ?? child.getAttribute('data-srcset');
    if (set) sets.push(set);
  }
  return sets;
}

/**
 * The URLs worth trying for one <img>, best first: a srcset candidate sized for the reader
 * column (from the image, its lazy attributes or its <picture> sources), then the plain source,
 * then smaller fallbacks. Placeholders a lazy-loading script would have replaced come last.
 */
export function imageCandidates(img: ImageElement, baseUrl: string): string[] {
  const attr = (name: string) => img.getAttribute(name)?.trim() || null;
  const srcsets = [attr('srcset'), ...LAZY_SRCSET.map(attr), ...sourceSets(img)].filter((s): s is string => Boolean(s));
  const ranked = rankCandidates(srcsets.flatMap(parseSrcset)).map((c) => c.url);
  const src = attr('src');
  const lazy = LAZY_SRC.map(attr).filter((s): s is string => Boolean(s));
  const placeholder = src !== null && isPlaceholderSrc(src);
  const ordered = [ranked[0], ...lazy, placeholder ? null : src, ...ranked.slice(1), placeholder ? src : null];
  const unique: string[] = [];
  for (const url of ordered) {
    const resolved = url ? resolve(url, baseUrl) : null;
    if (resolved && !unique.includes(resolved)) unique.push(resolved);
  }
  // A placeholder comes last: when it is all that loads, the picture counts as missing, not as a pixel.
  return unique.slice(0, MAX_TRIES);
}
