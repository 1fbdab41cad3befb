// Highlights in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), the
// "standard form" ARCHITECTURE rule 8 asks exports to use: other tools (Hypothesis, annotation
// servers) can read the quote and position selectors directly.
import type { TextSelector } from './selectors.ts';

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified?: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  target: { source: string; selector: TextSelector[] };
}

export interface HighlightForExport {
  id: string;
  /** The article's original URL, or any stable URI for it (e.g. urn:lectern:article:<id>). */
  source: string;
  selectors: readonly TextSelector[];
  createdAt: string;
  updatedAt?: string;
  /** The reader's note on the highlight, if any. */
  note?: string | null;
}

/** One highlight (and its note) as a W3C Web Annotation. */
export function toWebAnnotation(h: HighlightForExport): WebAnnotation {
  const note = h.note?.trim();
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:lectern:highlight:${encodeURIComponent(h.id)}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    ...(h.updatedAt !== undefined && { modified: h.updatedAt }),
    ...(note && { body: { type: 'TextualBody' as const, value: note, format: 'text/plain' as const, purpose: 'commenting' as const } }),
    target: { source: h.source, selector: h.selectors.map((s) => ({ ...s })) },
  };
}
