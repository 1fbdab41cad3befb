import { findContentByMarkup } from './content-candidates.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { findLeadOutside } from './lead-paragraph.ts';
import { pruneContent } from './prune-content.ts';
import type { RemovalJournal } from './removal-journal.ts';

/** Minimum non-link characters for a markup candidate to count as the article. */
const MIN_ARTICLE_TEXT = 250;

/**
 * Finds the article container by markup in a prepared document and prunes its furniture in
 * place; null when markup gives no answer. With a journal, every removal is noted so the
 * document can be put back as it was (see removal-journal.ts).
 */
export function extractByMarkup(doc: DomDocument, title: string | null, options: { minText?: number; journal?: RemovalJournal } = {}): MarkupContent | null {
  const candidate = findContentByMarkup(doc, options.minText ?? MIN_ARTICLE_TEXT);
  if (!candidate) return null;
  const lead = findLeadOutside(doc, candidate.element);
  pruneContent(candidate.element, { title, journal: options.journal });
  return { element: candidate.element, tier: candidate.tier, lead };
}

export interface MarkupContent {
  element: DomElement;
  /** 0 = schema.org articleBody … 3 = broad names like "content" or <main>. */
  tier: number;
  /** The standfirst found above the body, if any. */
  lead: DomElement | null;
}
