import type { DomDocument, DomElement } from './dom-types.ts';
import { fixLazyImages } from './lazy-images.ts';
import { extractByMarkup, type MarkupContent } from './main-content.ts';
import { parseDocument } from './parse-document.ts';
import { prepareDocument } from './prepare-document.ts';
import { pruneContent } from './prune-content.ts';
import { readabilityContent } from './readability-content.ts';
import { normalizedText, textLength } from './text-metrics.ts';

const SHORT_ARTICLE_TEXT = 80;

/**
 * Specific markup holding this much text is kept without asking Readability: Readability could
 * only win by finding twice as much, which is rare past this size, and skipping its second
 * parse halves the median time (corpus: F1 -0.0003, median 27-40 ms -> 18-19 ms).
 */
const SKIP_AT = 5000;

/** Real pages nest about 40 deep at most; past this, Readability's cleaning turns quadratic. */
const MAX_READABILITY_DEPTH = 150;

/** The chosen article body and how it was found. */
interface SelectedContent {
  content: DomElement;
  /** A standfirst that lives outside `content` and belongs on top of it. */
  lead: DomElement | null;
  source: 'markup' | 'readability';
  /** Markup tier when source is markup (see MarkupContent). */
  tier: number | null;
}

/**
 * Runs both extractors and keeps the better body. `doc` is the page already parsed (it is
 * modified); `html` is parsed again for Readability, which rewrites the document it reads.
 */
export function selectContent(doc: DomDocument, html: string, title: string | null): SelectedContent | null {
  fixLazyImages(doc);
  prepareDocument(doc);
  const own = extractByMarkup(doc, title);
  const ownText = own ? textLength(own.element) : 0;

  const skip = own !== null && own.tier <= 2 && ownText >= SKIP_AT;
  let fallback: DomElement | null = null;
  if (!skip && doc.body && maxDepth(doc.body) > MAX_READABILITY_DEPTH) {
    // Readability's cleaning is quadratic in nesting depth (minutes at a few thousand levels).
    if (!own) {
      fallback = doc.body;
      pruneContent(fallback, { title });
    }
  } else if (!skip) {
    const doc2 = parseDocument(html);
    fixLazyImages(doc2);
    prepareDocument(doc2);
    fallback = readabilityContent(doc2);
    if (fallback) pruneContent(fallback, { title });
  }
  const fallbackText = fallback ? textLength(fallback) : 0;

  // Very short articles (a notice, a paywalled teaser) fall under both thresholds; take what markup offers.
  if (!own && !fallback) {
    const short = extractByMarkup(doc, title, SHORT_ARTICLE_TEXT);
    return short ? { content: short.element, lead: short.lead, source: 'markup', tier: short.tier } : null;
  }
  const useOwn = own !== null && (fallback === null || preferMarkup(own, ownText, fallbackText));
  const content = useOwn ? own.element : fallback;
  if (!content) return null;
  const lead = own?.lead && !normalizedText(content).includes(normalizedText(own.lead).slice(0, 60)) ? own.lead : null;
  return { content, lead, source: useOwn ? 'markup' : 'readability', tier: useOwn ? own.tier : null };
}

/**
 * Specific markup (articleBody, "entry-content", <article>) beats Readability unless Readability
 * finds twice the text, which means the markup held only part of the story. Broad markup
 * ("content", <main>) is weaker evidence than Readability's scoring, so there it must win big.
 */
function preferMarkup(own: MarkupContent, ownText: number, fallbackText: number): boolean {
  if (own.tier <= 2) return ownText >= fallbackText * 0.5;
  return ownText >= fallbackText * 2;
}

/** The deepest element nesting under `root`, counted without recursion. */
function maxDepth(root: DomElement): number {
  let deepest = 0;
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}
