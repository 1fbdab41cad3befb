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

/** Returns the article's lead paragraph when it sits outside `body` (before it, after the <h1>), else null. */
export function findLeadOutside(doc: DomDocument, body: DomElement): DomElement | null {
  const root = doc.body;
  if (!root) return null;
  const order = new Map<DomElement, number>();
  let index = 0;
  for (const el of root.querySelectorAll('*')) order.set(el, index++);
  const bodyStart = order.get(body) ?? Infinity;
  const h1 = root.querySelector('h1');
  const after = h1 ? (order.get(h1) ?? -1) : -1;
  for (const el of root.querySelectorAll('[itemprop~="description" i], [class], hgroup > h2')) {
    const at = order.get(el) ?? -1;
    if (at >= bodyStart) break;
    if (at <= after || !isLeadNamed(el)) continue;
    const text = normalizedText(el);
    if (text.length < 60 || text.length > 1200 || linkDensity(el, text.length) > 0.25) continue;
    // Too far above the body means another story's teaser, not this one's lead.
    if (bodyStart - at > 60) continue;
    return el;
  }
  return null;
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
