import type { DomDocument, DomElement } from './dom-types.ts';
import { fixLazyImages } from './lazy-images.ts';
import { extractByMarkup, type MarkupContent } from './main-content.ts';
import { prepareDocument } from './prepare-document.ts';
import { pruneContent } from './prune-content.ts';
import { readabilityContent } from './readability-content.ts';
import { undoRemovals, type RemovalJournal } from './removal-journal.ts';
import { resolveUrlsIn } from './resolve-urls.ts';
import { textContainer } from './text-container.ts';
import { normalizedText, textLength, textLengthUpTo } from './text-metrics.ts';

const SHORT_ARTICLE_TEXT = 80;

/**
 * Specific markup holding this much text is kept without asking Readability: Readability could
 * only win by finding twice as much, which is rare past this size (corpus: F1 -0.0003).
 */
const SKIP_AT = 5000;

/** Real pages nest about 40 deep at most; past this, Readability's cleaning turns quadratic. */
const MAX_READABILITY_DEPTH = 150;

/**
 * Past this many elements Readability's cleaning takes seconds to minutes (2 MB of paragraphs: 3 s) and
 * textContainer answers instead. The biggest page of the extraction corpus has 10,000.
 */
const MAX_READABILITY_ELEMENTS = 50_000;

/** The chosen article body as HTML (links and images absolute, the standfirst on top) and how it was found. */
interface SelectedContent {
  html: string;
  source: 'markup' | 'readability';
  /** Markup tier when source is markup (see MarkupContent). */
  tier: number | null;
}

/** A markup answer kept as HTML while Readability rewrites the document it came from. */
interface MarkupCopy {
  html: string;
  /** Characters of text, whitespace runs counted once. */
  length: number;
  /** The text itself, kept only when there is a standfirst to look for in it (a book's text is 50 MB). */
  text: string | null;
  tier: number;
  lead: { html: string; text: string } | null;
}

interface SelectOptions {
  title: string | null;
  /** Links and images are made absolute against it. */
  baseUrl: string | null;
  /** The reader comments the page declares in JSON-LD (never the article). */
  comments?: string[];
}

/**
 * Finds the article body in `doc`, the page parsed once (it is modified): by markup first, and
 * by Readability's scoring on the same document when the markup's answer is not certain.
 */
export function selectContent(doc: DomDocument, options: SelectOptions): SelectedContent | null {
  const { title, baseUrl } = options;
  fixLazyImages(doc);
  prepareDocument(doc, options.comments);
  if (!doc.body) return null;
  // Readability's answer comes from this text, so it can never hold more than all of it. Only a markup
  // answer shorter than SKIP_AT compares with it, so counting stops past twice that (a book is 50 MB).
  const pageText = textLengthUpTo(doc.body, SKIP_AT * 2);
  const journal: RemovalJournal = [];
  const found = extractByMarkup(doc, title, { journal });
  const own = found && copyOf(found, baseUrl);
  if (own && isCertain(own, pageText)) return finish(own.html, own.text, own, 'markup');

  // Readability must read the page as it was before the markup's answer was pruned.
  undoRemovals(journal);
  // Very short articles (a notice, a paywalled teaser): what markup offers when nothing else does.
  const short = own ? null : shortArticle(doc, title, baseUrl, journal);
  let fallback: DomElement | null = null;
  const shape = shapeOf(doc.body);
  if (shape.depth > MAX_READABILITY_DEPTH) {
    // Readability's cleaning is quadratic in nesting depth (minutes at a few thousand levels).
    if (!own) {
      fallback = doc.body;
      pruneContent(fallback, { title });
    }
  } else if (shape.elements > MAX_READABILITY_ELEMENTS) {
    // Readability takes minutes on a book-sized page; plain counting finds the text there.
    fallback = textContainer(doc.body);
    if (fallback) pruneContent(fallback, { title });
  } else {
    fallback = readabilityContent(doc);
    if (fallback) pruneContent(fallback, { title });
  }
  if (!fallback) return own ? finish(own.html, own.text, own, 'markup') : short ? finish(short.html, short.text, short, 'markup') : null;
  if (own && preferMarkup(own, textLength(fallback))) return finish(own.html, own.text, own, 'markup');
  resolveUrlsIn(fallback, baseUrl);
  return finish(fallback.innerHTML, normalizedText(fallback), own, 'readability');
}

function shortArticle(doc: DomDocument, title: string | null, baseUrl: string | null, journal: RemovalJournal): MarkupCopy | null {
  const found = extractByMarkup(doc, title, { minText: SHORT_ARTICLE_TEXT, journal });
  const copy = found && copyOf(found, baseUrl);
  undoRemovals(journal);
  return copy;
}

/** The pruned markup answer as HTML, with absolute links (changing them in the page does not sway Readability). */
function copyOf(found: MarkupContent, baseUrl: string | null): MarkupCopy {
  resolveUrlsIn(found.element, baseUrl);
  if (found.lead) resolveUrlsIn(found.lead, baseUrl);
  const lead = found.lead ? { html: found.lead.innerHTML, text: normalizedText(found.lead) } : null;
  const text = lead ? normalizedText(found.element) : null;
  return { html: found.element.innerHTML, length: text?.length ?? textLength(found.element), text, tier: found.tier, lead };
}

/** The body with the markup's standfirst on top, unless the body already starts with it. */
function finish(html: string, text: string | null, own: MarkupCopy | null, source: 'markup' | 'readability'): SelectedContent {
  const lead = own?.lead && !text?.includes(own.lead.text.slice(0, 60)) ? own.lead : null;
  return { html: (lead ? `<p>${lead.html}</p>` : '') + html, source, tier: source === 'markup' ? (own?.tier ?? null) : null };
}

/**
 * Markup is certain when Readability could not beat it: for specific markup Readability must
 * find twice the text, which is impossible once the markup holds half of the page's text.
 */
function isCertain(own: MarkupCopy, pageText: number): boolean {
  return own.tier <= 2 && (own.length >= SKIP_AT || own.length * 2 >= pageText);
}

/**
 * Specific markup (articleBody, "entry-content", <article>) beats Readability unless Readability
 * finds twice the text, which means the markup held only part of the story. Broad markup
 * ("content", <main>) is weaker evidence than Readability's scoring, so there it must win big.
 */
function preferMarkup(own: MarkupCopy, fallbackText: number): boolean {
  if (own.tier <= 2) return own.length >= fallbackText * 0.5;
  return own.length >= fallbackText * 2;
}

/** The deepest element nesting under `root` and how many elements it holds, counted without recursion. */
function shapeOf(root: DomElement): { depth: number; elements: number } {
  let deepest = 0;
  let elements = 0;
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    elements++;
    if (depth > deepest) deepest = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return { depth: deepest, elements };
}
