import { nameWords } from './boilerplate-patterns.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { linkDensity, normalizedText } from './text-metrics.ts';

/**
 * News sites put the standfirst ("lead", "teaser", "intro", "chapo") in the article header,
 * outside the element that holds the body, so both markup and Readability lose it. We look
 * for one such paragraph between the headline and the body and put it back on top.
 */

const LEAD_WORDS = new Set([
  'lead', 'leadtext', 'lede', 'intro', 'introtext', 'teaser', 'teasertext', 'subtitle', 'subline', 'subheadline',
  'chapo', 'chapeau', 'abstract', 'standfirst', 'excerpt', 'summary', 'sapo', 'deck', 'dek', 'description', 'leader',
  'strapline', 'entradilla', 'bajada', 'sottotitolo', 'epigraph', 'occhiello', 'catenaccio', 'kicker-text',
]);

/** How far above the body (in elements, page order) a lead may sit: further up is another story's teaser. */
const MAX_DISTANCE = 60;

/** Returns the article's lead paragraph when it sits outside `body` (before it, after the <h1>), else null. */
export function findLeadOutside(doc: DomDocument, body: DomElement): DomElement | null {
  const root = doc.body;
  if (!root) return null;
  const h1 = root.querySelector('h1');
  // A headline inside or below the body leaves no room for a lead between them.
  if (h1 && !precedes(h1, body)) return null;
  for (const el of elementsBefore(body, root, h1)) {
    if (!isLeadCandidate(el) || !isLeadNamed(el)) continue;
    const text = normalizedText(el);
    if (text.length < 60 || text.length > 1200 || linkDensity(el, text.length) > 0.25) continue;
    return el;
  }
  return null;
}

/** The elements just before `el` in page order (at most MAX_DISTANCE, none before `stop`), in page order. */
function elementsBefore(el: DomElement, root: DomElement, stop: DomElement | null): DomElement[] {
  const found: DomElement[] = [];
  for (let node = previousInOrder(el, root); node && node !== stop && found.length < MAX_DISTANCE; node = previousInOrder(node, root)) found.push(node);
  return found.reverse();
}

/** The element before `el` in page order: the last descendant of its previous sibling, else its parent. */
function previousInOrder(el: DomElement, root: DomElement): DomElement | null {
  let node = el.previousElementSibling;
  if (!node) return el.parentElement && el.parentElement !== root ? el.parentElement : null;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/** Whether `a` comes before `b` in page order (an ancestor comes before what it holds). */
function precedes(a: DomElement, b: DomElement): boolean {
  const ancestorsOfA = new Set<DomElement>();
  for (let node: DomElement | null = a; node; node = node.parentElement) ancestorsOfA.add(node);
  let child: DomElement | null = null;
  for (let node: DomElement | null = b; node; child = node, node = node.parentElement) {
    if (!ancestorsOfA.has(node)) continue;
    if (node === a) return true;
    if (!child) return false;
    // `node` holds both: the branch holding `a` must come first among its children.
    let branch: DomElement = a;
    while (branch.parentElement !== node) branch = branch.parentElement!;
    for (let sibling = branch.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling === child) return true;
    return false;
  }
  return false;
}

/** What the lead search looked at: itemprop=description, anything with a class, a subtitle in <hgroup>. */
function isLeadCandidate(el: DomElement): boolean {
  if (el.hasAttribute('class') || /(?:^|\s)description(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) return true;
  return el.localName === 'h2' && el.parentElement?.localName === 'hgroup';
}

function isLeadNamed(el: DomElement): boolean {
  if (/\bdescription\b/i.test(el.getAttribute('itemprop') ?? '')) return true;
  if (el.localName === 'h2' && el.parentElement?.localName === 'hgroup') return true;
  const words = nameWords(el);
  // A bare "teaser" is as often another story's box as this story's lead.
  if (words.includes('teaser') && !words.some((w) => w === 'text' || w === 'article' || w === 'news')) return false;
  return words.some((w) => LEAD_WORDS.has(w));
}

/** True when `el` is named as a lead/teaser/intro paragraph (such elements are never pruned as teasers). */
export function isLeadElement(el: DomElement): boolean {
  return isLeadNamed(el);
}
