import { nameWords } from './boilerplate-patterns.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { linkDensity, textLength } from './text-metrics.ts';

/**
 * Finds the element that holds the article, trusting the markup sites use for it, in tiers
 * from most to least specific: schema.org articleBody and names like "entry-content" or
 * "article-body", then <article>, then broader "content"/"main" names and <main>. Within a tier
 * the element with the most non-link text wins, so a page of teaser <article>s picks the story.
 */

// Compound names ("td-post-content", "article__body") match anywhere; bare words must match whole.
const BODY_COMPOUND = /(?:article|post|entry|story|blog|news|item|node|field|single|rich|body)-*(?:body|content|text|copy|inner)|fulltext|bodytext|richtext|articletext|storytext/;
const BODY_SINGLE = /^(?:post|entry|hentry|article|story|prose|blogpost|text)$/;
const isBodyName = (n: string): boolean => BODY_SINGLE.test(n) || (BODY_COMPOUND.test(n) && !/(?:header|footer|meta|sidebar|related|comment|teaser|nav|title|headline|wrap(?:per)?|list|image|img|photo|media)/.test(n));
const BROAD_NAME = /^(?:content|main|main-?content|content-?main|primary|page-?content|site-?content|content-?area|content-?body|content-?inner|inner-?content|page-?body|main-?column)$/;

const NAMED_TAGS = new Set(['div', 'section', 'article', 'main']);

interface Candidate {
  element: DomElement;
  tier: number;
  /** Non-link characters of text. */
  ownText: number;
}

/** Returns the article container by markup, or null when none holds enough text. */
export function findContentByMarkup(doc: DomDocument, minText: number): Candidate | null {
  const body = doc.body;
  if (!body) return null;
  const tiers: DomElement[][] = [[], [], [], []];
  // One walk sorts every element into its tiers; broad names come before <main> in tier 3, as they always have.
  const broadNames: DomElement[] = [];
  const mains: DomElement[] = [];
  for (const el of body.querySelectorAll('*')) {
    const tag = el.localName;
    if (/(?:^|\s)(?:articleBody|reviewBody)(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) tiers[0]!.push(el);
    if (NAMED_TAGS.has(tag) ? el.hasAttribute('class') || el.hasAttribute('id') : tag === 'td' && el.hasAttribute('class')) {
      const words = nameWords(el);
      const joined = joinedNames(el);
      if (joined.some(isBodyName)) tiers[1]!.push(el);
      else if (words.length && joined.some((n) => BROAD_NAME.test(n))) broadNames.push(el);
    }
    const role = el.getAttribute('role');
    if (tag === 'article' || role === 'article') tiers[2]!.push(el);
    if (tag === 'main' || role === 'main') mains.push(el);
  }
  tiers[3]!.push(...broadNames, ...mains);

  for (let tier = 0; tier < tiers.length; tier++) {
    const best = bestOf(tiers[tier]!, tier);
    if (best && best.ownText >= minText) return best;
  }
  return null;
}

function bestOf(elements: DomElement[], tier: number): Candidate | null {
  let best: Candidate | null = null;
  for (const element of elements) {
    const total = textLength(element);
    if (total < 100) continue;
    const ownText = total * (1 - linkDensity(element, total));
    if (!best || ownText > best.ownText * 1.05 || (ownText >= best.ownText * 0.95 && contains(best.element, element))) {
      best = { element, tier, ownText };
    }
  }
  return best;
}

/** Class tokens and the id as written, lowercased, with the separators normalised to "-". */
function joinedNames(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-'));
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let node = inner.parentNode; node; node = node.parentNode) if (node === outer) return true;
  return false;
}
