import { cleanByline } from './byline-text.ts';
import type { DomElement } from './dom-types.ts';
import type { JsonLdAuthor } from './json-ld.ts';
import type { PageScan } from './page-scan.ts';

/** Meta tags that name the author, most trusted first ("byl" is the New York Times's). */
const META_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author'];

/**
 * The article's authors, from the most trusted source that names a person: people named in
 * JSON-LD, the author meta tags, rel=author links, itemprop=author, people JSON-LD names only
 * by reference (often the account that posted), a visible byline block, and last an
 * organisation given as JSON-LD author. Each source is cleaned (byline-text.ts); one that
 * cleans to nothing gives way to the next.
 */
export function readByline(scan: PageScan, authors: JsonLdAuthor[], meta: (key: string) => string | null): string | null {
  const named = (list: JsonLdAuthor[]) => joinNames(list.map((a) => cleanByline(a.name, { oneName: true })));
  // People named in place make the JSON-LD list sure; then the ones it names by reference belong with them.
  const people = authors.some((a) => a.person && !a.referenced) ? named(authors.filter((a) => a.person)) : null;
  if (people) return people;
  for (const key of META_KEYS) {
    const value = cleanByline(meta(key));
    if (value) return value;
  }
  const linked = joinNames(besideFirst(scan.relAuthor).map((a) => cleanByline(a.textContent)));
  if (linked) return linked;
  const marked = joinNames(besideFirst(scan.itempropAuthor).map((el) => cleanByline(itempropName(el))));
  if (marked) return marked;
  const referenced = named(authors.filter((a) => a.person));
  if (referenced) return referenced;
  for (const el of scan.bylineBlocks) {
    const text = el.textContent ?? '';
    const value = text.length <= 300 ? cleanByline(text) : null;
    if (value) return value;
  }
  return named(authors);
}

/**
 * The first author mark and those in the same byline block with it: further down the page,
 * rel=author links name the authors of other stories.
 */
function besideFirst(marks: DomElement[]): DomElement[] {
  const first = marks.find((el) => !inFooter(el));
  if (!first) return [];
  const block = bylineBlock(first);
  return marks.filter((el) => el === first || bylineBlock(el) === block);
}

const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'small', 'cite', 'address']);

/** The block a mark sits in, above the spans that wrap each name ("<span class=author><a rel=author>"). */
function bylineBlock(el: DomElement): DomElement | null {
  let node = el.parentElement;
  while (node && INLINE.has(node.localName)) node = node.parentElement;
  return node;
}

/**
 * Themes credit themselves with rel=author in the site's footer ("Theme by ThemeGrill"). A
 * post's own footer ("entry-footer", inside its <article>) is where many themes put the author.
 */
function inFooter(el: DomElement): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.localName === 'article') return false;
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (/(?:^|\s)(?:footer|site-footer|site-info|colophon|copyright|credits)(?:\s|$)/i.test(names)) return true;
    if (node.localName === 'footer' && !/entry|post|article/i.test(names)) return true;
  }
  return false;
}

/** The name inside an itemprop=author block: its itemprop=name (text or content), else its text. */
function itempropName(el: DomElement): string | null {
  if (el.localName === 'meta') return el.getAttribute('content');
  const name = el.querySelector('[itemprop~="name" i]');
  if (name) return name.getAttribute('content') ?? name.textContent;
  const text = el.textContent ?? '';
  return text.length <= 200 ? text : null;
}

/** Several cleaned bylines as one, each name once. */
function joinNames(bylines: Array<string | null>): string | null {
  const names: string[] = [];
  for (const byline of bylines) {
    for (const name of byline?.split(', ') ?? []) {
      if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names.length ? names.join(', ') : null;
}
