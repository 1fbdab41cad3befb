/**
 * Pictures on the web inside an imported text, kept for later. An import does not wait on the hosts of a
 * thousand articles' pictures, so each such <img> is stored as a marker: the quiet placeholder a capture
 * uses for a missing picture, saying it is not downloaded yet, with the picture's addresses in a data
 * attribute. Nothing loads a data attribute, so the reader never asks the web for anything (its CSP allows
 * no network anyway). The download queue turns markers back into <img> elements and hands the body to
 * capture's localizeImages, which stores each picture or leaves the placeholder for a dead host.
 * The sanitizer keeps no data attributes, so an export's own HTML can never carry a marker.
 */
import { parseHTML } from 'linkedom';
import { imageCandidates, type ImageElement } from '../capture/images/image-candidates.ts';
import { hasPixelSize, isBeaconUrl } from '../capture/images/tracking-pixels.ts';

const MARKER_ATTRIBUTE = 'data-lectern-image';
/** localizeImages reads these lazy-loading attributes first, in this order (image-candidates.ts). */
const CANDIDATE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original'];

interface MarkerElement extends ImageElement {
  readonly parentElement: MarkerElement | null;
  setAttribute(name: string, value: string): void;
  replaceWith(...nodes: unknown[]): void;
  textContent: string | null;
}

interface MarkerDocument {
  body: { innerHTML: string; querySelectorAll(selector: string): Iterable<MarkerElement> };
  createElement(tag: string): MarkerElement;
}

/** What a marker remembers of its picture. */
interface MarkedImage {
  urls: string[];
  alt: string;
  width: string | null;
  height: string | null;
}

function parseBody(html: string): MarkerDocument {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as MarkerDocument;
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A size attribute worth keeping: digits only (anything else could not size a picture anyway). */
function sizeOf(value: string | null): string | null {
  return value !== null && /^\d{1,5}$/.test(value.trim()) ? value.trim() : null;
}

function markerFor(doc: MarkerDocument, image: MarkedImage): MarkerElement {
  const span = doc.createElement('span');
  const label = image.alt ? `Image not downloaded yet: ${image.alt}` : 'Image not downloaded yet';
  span.setAttribute('class', 'image-missing');
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', label);
  span.setAttribute(MARKER_ATTRIBUTE, JSON.stringify(image));
  span.textContent = label;
  return span;
}

/**
 * The body with every picture that is only on the web replaced by a marker. `handledNow` says which
 * addresses the import stores at once (the export's own files, data: URLs); a picture with one of those,
 * a tracking pixel, or one with no web address at all is left for localizeImages. Answers how many were marked.
 */
export function markRemoteImages(html: string, options: { baseUrl: string; handledNow: (url: string) => boolean }): { html: string; marked: number } {
  if (!/<img\b/i.test(html)) return { html, marked: 0 };
  const doc = parseBody(html);
  let marked = 0;
  for (const img of doc.body.querySelectorAll('img')) {
    if (hasPixelSize(img.getAttribute('width'), img.getAttribute('height'))) continue;
    const candidates = imageCandidates(img, options.baseUrl);
    if (candidates.length === 0 || candidates.some(options.handledNow) || isBeaconUrl(candidates[0]!)) continue;
    const urls = candidates.filter(isWebAddress);
    if (urls.length === 0) continue;
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
    (picture ?? img).replaceWith(markerFor(doc, { urls, alt, width: sizeOf(img.getAttribute('width')), height: sizeOf(img.getAttribute('height')) }));
    marked++;
  }
  return { html: marked > 0 ? doc.body.innerHTML : html, marked };
}

/** True when the body still holds markers (the import stopped before its pictures were queued). */
export function hasImageMarkers(html: string): boolean {
  return html.includes(MARKER_ATTRIBUTE);
}

function markedImage(value: string | null): MarkedImage | null {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<MarkedImage>;
    const urls = Array.isArray(parsed.urls) ? parsed.urls.filter((url): url is string => typeof url === 'string' && isWebAddress(url)) : [];
    return { urls, alt: typeof parsed.alt === 'string' ? parsed.alt : '', width: sizeOf(parsed.width ?? null), height: sizeOf(parsed.height ?? null) };
  } catch {
    return null;
  }
}

/**
 * The body with each marker made an <img> again, its addresses where localizeImages looks first; a marker
 * that cannot be read becomes an <img> without any, which localizeImages turns into the usual placeholder.
 * Built element by element from the marker's checked fields: nothing else in the attribute reaches the body.
 */
export function restoreMarkedImages(html: string): { html: string; restored: number } {
  if (!hasImageMarkers(html)) return { html, restored: 0 };
  const doc = parseBody(html);
  let restored = 0;
  for (const marker of doc.body.querySelectorAll(`span[${MARKER_ATTRIBUTE}]`)) {
    const image = markedImage(marker.getAttribute(MARKER_ATTRIBUTE));
    const img = doc.createElement('img');
    img.setAttribute('alt', image?.alt ?? '');
    if (image?.width) img.setAttribute('width', image.width);
    if (image?.height) img.setAttribute('height', image.height);
    (image?.urls ?? []).slice(0, CANDIDATE_ATTRIBUTES.length).forEach((url, index) => img.setAttribute(CANDIDATE_ATTRIBUTES[index]!, url));
    marker.replaceWith(img);
    restored++;
  }
  return { html: doc.body.innerHTML, restored };
}
