import { findContentByMarkup } from './content-candidates.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { findLeadOutside } from './lead-paragraph.ts';
import { pruneContent } from './prune-content.ts';

/** Minimum non-link characters for a markup candidate to count as the article. */
const MIN_ARTICLE_TEXT = 250;

/** Finds the article container by markup in a prepared document and prunes its furniture; null when markup gives no answer. */
export function extractByMarkup(doc: DomDocument, title: string | null, minText = MIN_ARTICLE_TEXT): MarkupContent | null {
  const candidate = findContentByMarkup(doc, minText);
  if (!candidate) return null;
  const lead = findLeadOutside(doc, candidate.element);
  pruneContent(candidate.element, { title });
  return { element: candidate.element, tier: candidate.tier, lead };
}

export interface MarkupContent {
  element: DomElement;
  /** 0 = schema.org articleBody … 3 = broad names like "content" or <main>. */
  tier: number;
  /** The standfirst found above the body, if any. */
  lead: DomElement | null;
}
