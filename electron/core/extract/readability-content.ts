import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom-types.ts';

/** Runs Mozilla Readability on `doc` (which it mutates) and returns the content root, or null. */
export function readabilityContent(doc: DomDocument): DomElement | null {
  // Readability's typings want lib.dom's Document; linkedom's is structurally close enough.
  const reader = new Readability<DomElement>(doc as never, {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 250,
  });
  const result = reader.parse();
  return result?.content ?? null;
}
