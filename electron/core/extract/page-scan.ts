import type { DomDocument, DomElement } from './dom-types.ts';

/**
 * The elements page metadata is read from, found in one walk over the untouched page. A
 * selector query walks every node of the page, and metadata needed a dozen of them.
 */
export interface PageScan {
  metas: DomElement[];
  /** <script type="application/ld+json"> */
  jsonLd: DomElement[];
  /** The first five <h1>s; `site` when one is the site's name set as a heading (a home link, a logo). */
  headings: Array<{ text: string; site: boolean }>;
  /** The first <base href>. */
  base: DomElement | null;
  /** <link rel="canonical"> and <link rel="image_src">. */
  canonical: DomElement | null;
  imageSrc: DomElement | null;
  /** <a rel~="author">, elements with itemprop~="author" and visible byline blocks, a few of each, in page order. */
  relAuthor: DomElement[];
  itempropAuthor: DomElement[];
  bylineBlocks: DomElement[];
  /** itemprop~="datePublished", <time pubdate datetime> and the first <time datetime>. */
  datePublished: DomElement | null;
  pubdate: DomElement | null;
  firstTime: DomElement | null;
}

/** A page rarely names more authors than this; more matches are a list of staff or of comments. */
const MAX_AUTHOR_SOURCES = 5;
const MAX_HEADINGS = 5;
const BYLINE_CLASSES = new Set(['byline', 'by-line', 'author-name', 'article-author', 'author', 'post-author', 'entry-author', 'story-byline']);

/** Walks the page once and keeps what metadata needs. */
export function scanPage(doc: DomDocument): PageScan {
  const scan: PageScan = {
    metas: [], jsonLd: [], headings: [], base: null, canonical: null, imageSrc: null, relAuthor: [], itempropAuthor: [],
    bylineBlocks: [], datePublished: null, pubdate: null, firstTime: null,
  };
  for (const el of doc.documentElement.querySelectorAll('*')) {
    const tag = el.localName;
    if (tag === 'meta') scan.metas.push(el);
    else if (tag === 'script') {
      if (/^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el);
      continue;
    } else if (tag === 'h1' && scan.headings.length < MAX_HEADINGS) {
      scan.headings.push({ text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), site: isSiteHeading(el) });
    }
    else if (tag === 'base' && !scan.base && el.hasAttribute('href')) scan.base = el;
    else if (tag === 'link') noteLink(scan, el);
    else if (tag === 'time' && el.hasAttribute('datetime')) {
      scan.firstTime ??= el;
      if (el.hasAttribute('pubdate')) scan.pubdate ??= el;
    }
    if (tag === 'a' && /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) add(scan.relAuthor, el);
    const prop = el.getAttribute('itemprop');
    if (prop) {
      if (/(?:^|\s)author(?:\s|$)/i.test(prop)) add(scan.itempropAuthor, el);
      if (/(?:^|\s)datePublished(?:\s|$)/i.test(prop)) scan.datePublished ??= el;
    }
    if (isBylineBlock(el, tag)) add(scan.bylineBlocks, el);
  }
  return scan;
}

const SITE_NAME_WORDS = /(?:^|[\s_-])(?:logo|brand|branding|site-?title|site-?name|blog-?title|blog-?name|masthead)(?:$|[\s_-])/i;

/** Blog themes put the blog's name in an <h1> on every page, linked home: that heading is no headline. */
function isSiteHeading(h1: DomElement): boolean {
  for (const a of h1.getElementsByTagName('a')) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (/^(?:\.?\/|(?:https?:)?\/\/[^/]+\/?|(?:\.?\/)?index\.\w+)$/i.test(href)) return true;
  }
  let node: DomElement | null = h1;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    if (SITE_NAME_WORDS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function noteLink(scan: PageScan, el: DomElement): void {
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('canonical') && el.hasAttribute('href')) scan.canonical ??= el;
  if (rel.includes('image_src') && el.hasAttribute('href')) scan.imageSrc ??= el;
}

/** Blocks sites use for the visible byline: "byline", "author-name", data-testid="byline" and the like. */
function isBylineBlock(el: DomElement, tag: string): boolean {
  const className = el.getAttribute('class');
  if (className && /by-?line|author/i.test(className)) {
    if (/byline/i.test(className)) return true;
    if (className.split(/\s+/).some((c) => BYLINE_CLASSES.has(c))) return true;
    if (tag === 'address' && /(?:^|\s)author(?:\s|$)/.test(className)) return true;
  }
  return /byline/i.test(el.getAttribute('data-testid') ?? '');
}

function add(list: DomElement[], el: DomElement): void {
  if (list.length < MAX_AUTHOR_SOURCES) list.push(el);
}
