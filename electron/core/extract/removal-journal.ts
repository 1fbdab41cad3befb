import type { DomElement, DomNode } from './dom-types.ts';

/**
 * A record of elements taken out of a document, so the removals can be undone. Pruning the
 * article in place and undoing it when Readability must read the same page is far cheaper
 * than copying the article first (a copy costs nearly what parsing the page does).
 */
export type RemovalJournal = Array<{ node: DomElement; parent: DomNode; next: DomNode | null }>;

/** Removes `el`, noting where it was when a journal is kept. */
export function removeNoted(el: DomElement, journal: RemovalJournal | undefined): void {
  if (journal && el.parentNode) journal.push({ node: el, parent: el.parentNode, next: el.nextSibling });
  el.remove();
}

/** Puts every noted element back where it was, newest first, and empties the journal. */
export function undoRemovals(journal: RemovalJournal): void {
  for (let i = journal.length - 1; i >= 0; i--) {
    const { node, parent, next } = journal[i]!;
    parent.insertBefore(node, next);
  }
  journal.length = 0;
}
