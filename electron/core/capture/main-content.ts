import { findContentByMarkup } from './content-candidates.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { pruneContent } from './prune-content.ts';

/** Minimum non-link characters for a markup candidate to count as the article. */
const MIN_ARTICLE_TEXT = 250;

/** Finds the article container by markup in a prepared document and prunes its furniture; null when markup gives no answer. */
export function extractByMarkup(doc: DomDocument, title: string | null): DomElement | null {
  const candidate = findContentByMarkup(doc, MIN_ARTICLE_TEXT);
  if (!candidate) return null;
  pruneContent(candidate.element, { title });
  return candidate.element;
}
