import { parseHTML } from 'linkedom';
import { AssetStore } from './asset-store.ts';
import { downloadImage, type ImageBudget, type ImageOutcome } from './download-image.ts';
import type { FetchImage } from './fetch-image.ts';
import { imageCandidates, REMOTE_IMAGE_ATTRIBUTES, type ImageElement } from './image-candidates.ts';
import { createTaskLimit } from '../task-limit.ts';
import { hasPixelSize, isBeaconUrl } from './tracking-pixels.ts';

export interface LocalizeOptions {
  /** The page's URL: relative image URLs resolve against it, and it is sent as Referer. */
  baseUrl: string;
  /** The article's assets folder (articles/<id>/assets). */
  assetsDir: string;
  /** How the reader addresses that folder: "/articles/<id>/assets/". */
  assetUrlPrefix: string;
  fetchImage: FetchImage;
  /** The page's own lead image (og:image): used when it is in the body, fetched when the body has no picture. */
  leadImageUrl?: string | null;
  concurrency?: number;
  maxImageBytes?: number;
  maxTotalBytes?: number;
  /** All images of one article together; what has not arrived by then becomes a placeholder. Default 90 s. */
  totalTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface LocalizeStats {
  /** <img> elements in the article. */
  images: number;
  stored: number;
  /** Became "Image unavailable" placeholders. */
  missing: number;
  /** Tracking pixels removed. */
  pixels: number;
  /** Files written (identical pictures share one). */
  files: number;
  bytes: number;
}

interface LocalizeResult {
  html: string;
  leadImage: string | null;
  stats: LocalizeStats;
}

const IMAGE_BUDGET = { concurrency: 4, maxImageBytes: 10 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024, totalTimeoutMs: 90_000 };

interface DomEl extends ImageElement {
  readonly parentElement: DomEl | null;
  readonly children: ArrayLike<DomEl>;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  replaceWith(...nodes: unknown[]): void;
  remove(): void;
  textContent: string | null;
  innerHTML: string;
  querySelectorAll(selector: string): Iterable<DomEl>;
}

interface Doc {
  body: DomEl;
  createElement(tag: string): DomEl;
}

/**
 * Makes an article readable offline: every image is downloaded, stored content-addressed in
 * the article's assets folder and pointed at by a local URL. Pixels are dropped; a picture
 * that cannot be fetched becomes a visible placeholder. No remote image URL is left behind.
 */
export async function localizeImages(html: string, options: LocalizeOptions): Promise<LocalizeResult> {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Doc;
  const store = new AssetStore(options.assetsDir);
  const budget: ImageBudget = { perImage: options.maxImageBytes ?? IMAGE_BUDGET.maxImageBytes, remaining: options.maxTotalBytes ?? IMAGE_BUDGET.maxTotalBytes };
  const limit = createTaskLimit(options.concurrency ?? IMAGE_BUDGET.concurrency);
  const deadline = AbortSignal.timeout(options.totalTimeoutMs ?? IMAGE_BUDGET.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const context = { fetchImage: options.fetchImage, store, budget, referer: options.baseUrl, signal, deadHosts: new Set<string>() };
  const downloads = new Map<string, Promise<ImageOutcome>>();
  const fetchOnce = (url: string) => {
    let pending = downloads.get(url);
    if (!pending) {
      pending = limit(() => downloadImage(url, context));
      downloads.set(url, pending);
    }
    return pending;
  };

  const stats: LocalizeStats = { images: 0, stored: 0, missing: 0, pixels: 0, files: 0, bytes: 0 };
  const localByRemote = new Map<string, string>();
  let firstLocal: string | null = null;

  const images = [...doc.body.querySelectorAll('img')];
  stats.images = images.length;
  const results = await Promise.all(images.map((img) => localizeOne(img, options.baseUrl, fetchOnce)));
  for (const [index, img] of images.entries()) {
    const result = results[index]!;
    if (result.kind === 'pixel') {
      stats.pixels++;
      removeImage(img);
    } else if (result.kind === 'missing') {
      stats.missing++;
      replaceWithPlaceholder(doc, img);
    } else {
      stats.stored++;
      const local = options.assetUrlPrefix + result.name;
      localByRemote.set(result.url, local);
      firstLocal ??= local;
      rewrite(img, local);
    }
  }
  scrubRemoteReferences(doc.body);

  // The reader shows a lead image that is not in the body above the article, so a separate
  // og:image (often a crop of the first picture) is only fetched for articles without pictures.
  const lead = options.leadImageUrl ? resolveHttp(options.leadImageUrl, options.baseUrl) : null;
  let leadImage = options.leadImageUrl?.startsWith(options.assetUrlPrefix) ? options.leadImageUrl : (lead && localByRemote.get(lead)) || firstLocal;
  if (!leadImage && lead) {
    const outcome = await fetchOnce(lead);
    if (outcome.kind === 'stored') leadImage = options.assetUrlPrefix + outcome.name;
  }

  for (const outcome of await Promise.all(downloads.values())) {
    if (outcome.kind === 'stored') stats.bytes += outcome.bytes;
  }
  stats.files = store.names.length;
  return { html: doc.body.innerHTML, leadImage, stats };
}

type OneResult = { kind: 'pixel' } | { kind: 'missing' } | { kind: 'stored'; name: string; url: string };

async function localizeOne(img: DomEl, baseUrl: string, fetchOnce: (url: string) => Promise<ImageOutcome>): Promise<OneResult> {
  if (hasPixelSize(img.getAttribute('width'), img.getAttribute('height'))) return { kind: 'pixel' };
  const candidates = imageCandidates(img, baseUrl);
  if (candidates.length === 0) return { kind: 'missing' };
  if (!/^data:/i.test(candidates[0]!) && isBeaconUrl(candidates[0]!)) return { kind: 'pixel' };
  let pixels = 0;
  for (const url of candidates) {
    const outcome = await fetchOnce(url);
    if (outcome.kind === 'stored') return { kind: 'stored', name: outcome.name, url };
    if (outcome.kind === 'pixel') pixels++;
  }
  // Only an image that is nothing but pixels is a tracker; a real picture that failed next to a
  // lazy-loading placeholder is a missing picture.
  return pixels === candidates.length ? { kind: 'pixel' } : { kind: 'missing' };
}

function resolveHttp(url: string, base: string): string | null {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function pictureOf(img: DomEl): DomEl | null {
  return img.parentElement?.localName === 'picture' ? img.parentElement : null;
}

function rewrite(img: DomEl, local: string): void {
  img.setAttribute('src', local);
  for (const name of REMOTE_IMAGE_ATTRIBUTES) img.removeAttribute(name);
  const picture = pictureOf(img);
  if (picture) for (const source of Array.from(picture.querySelectorAll('source'))) source.remove();
}

function removeImage(img: DomEl): void {
  const picture = pictureOf(img);
  (picture ?? img).remove();
}

function replaceWithPlaceholder(doc: Doc, img: DomEl): void {
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  const span = doc.createElement('span');
  span.setAttribute('class', 'image-missing');
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', alt || 'Image unavailable');
  span.textContent = alt ? `Image unavailable: ${alt}` : 'Image unavailable';
  (pictureOf(img) ?? img).replaceWith(span);
}

const URL_ATTRIBUTES = ['src', 'srcset', 'poster', 'background', 'data-src', 'data-srcset', 'lowsrc', 'dynsrc', 'longdesc', 'xlink:href'];

/**
 * Removes any other attribute that could load something from the network (video posters,
 * stray srcsets, inline url() styles). The sanitizer drops most of these already; this makes
 * the "never phones home" promise independent of what ran before.
 */
function scrubRemoteReferences(body: DomEl): void {
  for (const el of body.querySelectorAll('*')) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      const loads = URL_ATTRIBUTES.includes(lower) ? /(?:^|[\s,])(?:https?:)?\/\//i.test(value) || (el.localName !== 'img' && lower !== 'xlink:href')
        : lower === 'style' && /url\s*\(/i.test(value);
      if (loads) el.removeAttribute(name);
    }
  }
}
